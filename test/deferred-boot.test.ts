import { describe, expect, it } from 'vitest';
import { deferBoot, deferredSources } from '@/lib/deferred-boot';

// Script tags as Next.js 16 writes them: on a prerendered page, and on a page with a nonce (either attribute order).
const prerendered = `<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>
<script src="/_next/static/chunks/framework.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>
</head><body><main>Words</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script src="/_next/static/chunks/boot.js" async=""></script></body></html>`;
const withNonce = `<html><head><script src="/_next/static/chunks/framework.js" async="" nonce="N1"></script></head>
<body><main>Words</main><script src="/_next/static/chunks/boot.js" nonce="N1" async=""></script></body></html>`;

/** The scripts a browser would fetch and run as the page is parsed: files with src and no inert type. */
const runnableFiles = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((a) => / src="/.test(a) && !/ type="/.test(a) && !/noModule/.test(a));

describe('deferBoot', () => {
  it('leaves no framework script to run while the page loads, and keeps every one for later', () => {
    const page = deferBoot(prerendered);
    expect(runnableFiles(prerendered)).toHaveLength(2);
    expect(runnableFiles(page)).toEqual([]);
    expect(deferredSources(page)).toEqual(['/_next/static/chunks/framework.js', '/_next/static/chunks/boot.js']);
  });

  it('drops the preload of a deferred script, keeps inline data and the page itself', () => {
    const page = deferBoot(prerendered);
    expect(page).not.toContain('rel="preload" as="script"');
    expect(page).toContain('(self.__next_f=self.__next_f||[]).push([0])');
    expect(page).toContain('<main>Words</main>');
  });

  it('adds one boot script, last in the body, with the page nonce where there is one', () => {
    const plain = deferBoot(prerendered);
    expect(plain.match(/<script>\(\(\) => \{/g)).toHaveLength(1);
    expect(plain).toMatch(/<script>\(\(\) => \{[\s\S]*\}\)\(\);<\/script><\/body><\/html>$/);
    const nonced = deferBoot(withNonce);
    expect(nonced).toMatch(/<script nonce="N1">\(\(\) => \{[\s\S]*<\/script><\/body>/);
    expect(nonced.match(/ data-src="[^"]+" nonce="N1"/g)).toHaveLength(2);
    expect(runnableFiles(nonced)).toEqual([]);
  });

  it('returns a page without framework scripts, or one already deferred, as it was', () => {
    const other = '<html><body><script src="/elsewhere.js" async=""></script></body></html>';
    expect(deferBoot(other)).toBe(other);
    const once = deferBoot(prerendered);
    expect(deferBoot(once)).toBe(once);
  });
});
