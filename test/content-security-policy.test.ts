import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineHashes } from '@/lib/content-security-policy';

// Expected hashes from `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`, not from the code under test.
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const styleHash = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='";

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, not script files or empty tags', () => {
    const html = `<head><script src="/a.js" async=""></script><style>p{color:red}</style></head>
<body><script id="_R_">alert(1)</script><script></script><script async src="/b.js"></script></body>`;
    expect(inlineHashes(html)).toEqual({ scripts: [alertHash], styles: [styleHash] });
  });

  it('hashes a script whose text spans lines exactly as written', () => {
    const { scripts } = inlineHashes('<script>alert(1)\n</script>');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).not.toBe(alertHash);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows scripts only from this origin, by nonce or by hash, and never eval in production', () => {
    const scriptSrc = directives(contentSecurityPolicy({ nonce: 'abc', frameable: false, dev: false })).get('script-src')!;
    expect(scriptSrc).toContain("'nonce-abc'");
    for (const source of scriptSrc) expect(source).toMatch(/^'(self|nonce-abc|sha256-[A-Za-z0-9+/]+=*)'$/);
  });

  it('refuses framing except where asked', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', frameable: false, dev: false })).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy({ nonce: 'n', frameable: true, dev: false })).get('frame-ancestors')).toEqual(['*']);
  });

  it('allows eval only to the development build', () => {
    const scriptSrc = (dev: boolean) => directives(contentSecurityPolicy({ nonce: 'n', frameable: false, dev })).get('script-src')!;
    expect(scriptSrc(true)).toContain("'unsafe-eval'");
    expect(scriptSrc(false).filter((source) => source.startsWith("'unsafe"))).toEqual([]);
  });
});
