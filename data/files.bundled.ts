import type { DataFiles } from './load-tables';
import otherSources from './other-sources.csv';
import parties from './parties.csv';

/**
 * The data files as the bundler inlined them at build (the '*.csv' rule in next.config.ts): pages
 * and the picture routes hold exactly the text the build checked, and read no file at run time.
 */
export const dataFiles: DataFiles = {
  parties: { file: 'data/parties.csv', text: parties },
  otherSources: { file: 'data/other-sources.csv', text: otherSources },
};
