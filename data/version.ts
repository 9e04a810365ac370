import { createHash } from 'node:crypto';
import type { ArticleFacts } from './article-facts';
import type { ContextFigure } from './csv-schema';
import type { DataFiles } from './load-tables';

/**
 * The data version: the first 8 hex digits of the SHA-256 of the data files' text, parties.csv
 * then other-sources.csv, then of the article's facts as JSON (its record, figures with the sections
 * they cite, flows and timeline, kept in data/*.ts), since the downloads carry those under the same stamp. Any changed figure,
 * party or note changes it.
 */
export function dataVersion({ parties, otherSources }: DataFiles, articleFacts: ArticleFacts): string {
  const hash = createHash('sha256');
  for (const { text } of [parties, otherSources]) hash.update(text);
  hash.update(JSON.stringify(articleFacts));
  return hash.digest('hex').slice(0, 8);
}

/** "Figures as of": the latest date on which a figure we show was reported. */
export const figuresAsOf = (context: ContextFigure[]): string => context.map((c) => c.published).reduce((a, b) => (b > a ? b : a), '');
