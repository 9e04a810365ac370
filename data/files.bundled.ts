import type { DataFiles } from './load-tables';
import otherSources from './other-sources.csv';
import parties from './parties.csv';

/**
 * The data files as the bundler inlined them at build (the '*.csv' rule in next.config.ts), the
 * same text in the server's bundle and the browser's, so both hold exactly what the build checked.
 */
export const dataFiles: DataFiles = {
  parties: { file: 'data/parties.csv', text: parties },
  otherSources: { file: 'data/other-sources.csv', text: otherSources },
};
