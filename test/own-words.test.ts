import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every sentence in the product is ours (design.md): no run of six words is the article's. The
 * article itself stays out of the project; test/fixtures/article-six-word-runs.txt holds the first
 * 16 hex digits of the SHA-256 of each run of six words in it (as `words` below reads them), line
 * by line. Its title and section headings, which the product
 * quotes as citations, were left out of that list.
 */
const articleRuns = new Set(fs.readFileSync(path.join(__dirname, 'fixtures', 'article-six-word-runs.txt'), 'utf8').split('\n').filter(Boolean));

/** Words as the fingerprints were made: an apostrophe inside a word (country’s) kept, quotes around one dropped. */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** What a reader can see comes from these files; their comments are for us and left out. */
function productFiles(dir: string): string[] {
  return fs.readdirSync(path.join(process.cwd(), dir), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.(tsx?|csv)$/.test(f.name))
    .map((f) => path.join(f.parentPath, f.name));
}
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:])\/\/.*$/gm, '$1 ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');

describe('our own words', () => {
  it('have the fingerprints of the article to check against', () => {
    expect(articleRuns.size).toBeGreaterThan(400);
  });

  it.each(['data', 'lib', 'components', 'app'])('no run of six words in %s/ is the article’s', (dir) => {
    const shared = productFiles(dir).flatMap((file) => {
      const text = file.endsWith('.csv') ? fs.readFileSync(file, 'utf8') : withoutComments(fs.readFileSync(file, 'utf8'));
      // The whole file as one run of words: a sentence wrapped over lines, or built from pieces, is still read whole.
      const ws = words(text);
      return ws.slice(0, Math.max(0, ws.length - 5)).map((_, i) => ws.slice(i, i + 6).join(' ')).filter((run) => articleRuns.has(hash(run))).map((run) => `${path.relative(process.cwd(), file)}: “${run}”`);
    });
    expect(shared).toEqual([]);
  });
});
