import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, inlineHashes } from '@/lib/content-security-policy';
import { deferBoot } from '@/lib/deferred-boot';

// Fixed hashes from `printf '…' | openssl dgst -sha256 -binary | base64`, not from the code under test.
const alertHash = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"; // alert(1)
const alertNewlineHash = "'sha256-MaeD7tQk/YNyd6Pm9J12ROmv0Z93QwNN4VH7v3gI+RI='"; // alert(1)\n
const styleHash = "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"; // p{color:red}

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, not script files or empty tags', () => {
    const html = `<head><script src="/a.js" async=""></script><style>p{color:red}</style></head>
<body><script id="_R_">alert(1)</script><script></script><script async src="/b.js"></script></body>`;
    expect(inlineHashes(html)).toEqual({ scripts: [alertHash], styles: [styleHash] });
  });

  it('hashes the text exactly, whitespace included', () => {
    expect(inlineHashes('<script>alert(1)\n</script>').scripts).toEqual([alertNewlineHash]);
  });
});

describe('contentSecurityPolicy', () => {
  const options = { frameable: false, dev: false };
  const hashes = { scripts: [alertHash, alertHash], styles: [styleHash] };

  it('allows a page rendered per request its nonce and what its scripts load, nothing inline by hash', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc' }, options));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
  });

  it('allows a prerendered page its inline scripts by hash, each once, script files from this origin, and the boot script the server adds', () => {
    // The boot script as the server writes it into a page, hashed here with node:crypto: it changes with
    // every edit of the script, so no fixed hash can stand for it.
    const page = deferBoot('<head><script src="/_next/static/chunks/a.js" async=""></script></head><body></body>');
    const boot = page.match(/<script>([\s\S]*)<\/script><\/body>/)![1];
    const bootHash = `'sha256-${createHash('sha256').update(boot).digest('base64')}'`;
    const policy = directives(contentSecurityPolicy({ hashes }, options));
    expect(policy.get('script-src')).toEqual(["'self'", alertHash, bootHash]);
    expect(policy.get('style-src')).toContain(styleHash);
  });

  it('has no empty source and no other origin, whether or not there are hashes', () => {
    for (const inline of [{ nonce: 'n' }, { hashes: { scripts: [], styles: [] } }])
      for (const [name, sources] of directives(contentSecurityPolicy(inline, options)))
        for (const source of sources) expect(source, name).toMatch(/^('[a-z-]+'|'nonce-n'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:|\*)$/);
  });

  it('refuses framing except where asked', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n' }, options)).get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy({ nonce: 'n' }, { ...options, frameable: true })).get('frame-ancestors')).toEqual(['*']);
  });

  it('allows eval only to the development build', () => {
    const scriptSrc = (dev: boolean) => directives(contentSecurityPolicy({ nonce: 'n' }, { ...options, dev })).get('script-src')!;
    expect(scriptSrc(true)).toContain("'unsafe-eval'");
    expect(scriptSrc(false).filter((source) => source.startsWith("'unsafe"))).toEqual([]);
  });
});
