import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { metrics } from '@/data';
import { articleFacts } from '@/data/article-facts';
import { dataFiles } from '@/data/files';
import { dataVersion, figuresAsOf } from '@/data/version';

describe('data version', () => {
  it('is the first 8 hex digits of the SHA-256 of parties.csv, other-sources.csv and the article’s facts', () => {
    const sha = createHash('sha256').update(readFileSync('data/parties.csv')).update(readFileSync('data/other-sources.csv')).update(JSON.stringify(articleFacts)).digest('hex');
    expect(metrics.version).toBe(sha.slice(0, 8));
  });

  it('changes with any one figure of another party', () => {
    const text = dataFiles.otherSources.text.replace(',47.9,', ',47.8,');
    expect(text).not.toBe(dataFiles.otherSources.text);
    expect(dataVersion({ ...dataFiles, otherSources: { ...dataFiles.otherSources, text } }, articleFacts)).not.toBe(metrics.version);
  });

  it('changes with any one figure of the article', () => {
    const changed = articleFacts.figures.map((f) => (f.id === 'trade-2025' ? { ...f, value: 53e6 } : f));
    expect(dataVersion(dataFiles, { ...articleFacts, figures: changed })).not.toBe(metrics.version);
  });
});

describe('figures as of', () => {
  it('is the latest report date in data/other-sources.csv', () => {
    const published = csvParse(readFileSync('data/other-sources.csv', 'utf8')).map((r) => r.published);
    expect(published).toContain('2025-09-02');
    expect(published.filter((d) => d > '2025-09-02')).toEqual([]);
    expect(metrics.asOf).toBe('2025-09-02');
  });

  it('follows a newer report, even one dated only by month', () => {
    const newer = { ...metrics.context[0], published: '2025-10' };
    expect(figuresAsOf([...metrics.context, newer])).toBe('2025-10');
    expect(figuresAsOf([newer, ...metrics.context])).toBe('2025-10');
  });
});
