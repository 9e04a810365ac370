import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ContextFigure } from './csv-schema';
import type { DataFiles } from './load-tables';

/**
 * The data version: the first 8 hex digits of the SHA-256 of the data files' text, parties.csv
 * then other-sources.csv. Any changed figure, party or note changes it. (A JS hash, not
 * node:crypto, because the data module also runs in the browser.)
 */
export function dataVersion({ parties, otherSources }: DataFiles): string {
  const hash = sha256.create();
  for (const { text } of [parties, otherSources]) hash.update(utf8ToBytes(text));
  return bytesToHex(hash.digest()).slice(0, 8);
}

/** "Figures as of": the latest date on which a figure we show was reported. */
export const figuresAsOf = (context: ContextFigure[]): string => context.map((c) => c.published).reduce((a, b) => (b > a ? b : a));
