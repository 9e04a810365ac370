import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFile } from './csv-table';
import type { DataFiles } from './load-tables';

const root = path.join(__dirname, '..');

/** A file named by its path from the project folder, as messages name it. */
export const readDataFile = (file: string): DataFile => ({ file, text: readFileSync(path.resolve(root, file), 'utf8') });

/**
 * The data files read from disk, for tests, scripts (the drawing step among them) and Playwright.
 * Next never loads this module: next.config.ts puts files.bundled.ts in its place, so its bundles
 * carry the text the build checked.
 */
export const dataFiles: DataFiles = { parties: readDataFile('data/parties.csv'), otherSources: readDataFile('data/other-sources.csv') };
