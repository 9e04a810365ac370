import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineHashes } from '@/lib/content-security-policy';

// Fixed hashes from `printf '…' | openssl dgst -sha256 -binary | base64`, not from the code under test.
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"; // alert(1)
const alertNewlineHash = "'sha256-MaeD7tQk/YNyd6Pm9J12ROmv0Z93QwNN4VH7v3gI+RI='"; // alert(1)\n
const styleHash = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"; // p{color:red}

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, each once, not script files or empty tags', () => {
    const html = `<head><script src="/a.js" async=""></script><style>p{color:red}</style></head>
<body><script id="_R_">alert(1)</script><script>alert(1)</script><script></script><script async src="/b.js"></script></body>`;
    expect(inlineHashes(html)).toEqual({ scripts: [alertHash], styles: [styleHash] });
  });

  it('hashes the text exactly, whitespace included', () => {
    expect(inlineHashes('<script>alert(1)\n</script>').scripts).toEqual([alertNewlineHash]);
  });
});

describe('contentSecurityPolicy', () => {
  const options = { frameable: false };
  const hashes = { scripts: [alertHash], styles: [styleHash] };

  it('allows a prerendered page its own inline scripts by hash and script files from this origin, nothing else', () => {
    const policy = directives(contentSecurityPolicy(hashes, options));
    expect(policy.get('script-src')).toEqual(["'self'", alertHash]);
    expect(policy.get('style-src')).toContain(styleHash);
  });

  it('has no empty source, no nonce and no other origin, whether or not there are hashes', () => {
    for (const inline of [hashes, { scripts: [], styles: [] }])
      for (const [name, sources] of directives(contentSecurityPolicy(inline, options)))
        for (const source of sources) expect(source, name).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:|\*)$/);
  });

  it('refuses framing except where asked', () => {
    expect(directives(contentSecurityPolicy(hashes, options)).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy(hashes, { frameable: true })).get('frame-ancestors')).toEqual(['*']);
  });

  it('allows eval and inline scripts only to the development server', () => {
    expect(directives(contentSecurityPolicy('development', options)).get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    // And inline styles, with no hash beside them, which would make a browser ignore 'unsafe-inline'.
    expect(directives(contentSecurityPolicy('development', options)).get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(contentSecurityPolicy(hashes, options)).get('script-src')!.filter((source) => source.startsWith("'unsafe"))).toEqual([]);
  });
});
