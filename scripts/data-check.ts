/**
 * Checks the data files as a build would: `npm run data:check` reads data/parties.csv and
 * data/other-sources.csv; `npm run data:check -- FILE` checks FILE in place of the second. Prints one
 * line per problem to stderr and exits 1, or a one-line summary and exits 0.
 */
import { articleFacts } from '../data/article-facts';
import { readDataFile } from '../data/files';
import { MetricsError } from '../data/load';
import { loadTables } from '../data/load-tables';
import { dataVersion, figuresAsOf } from '../data/version';

const files = { parties: readDataFile('data/parties.csv'), otherSources: readDataFile(process.argv[2] ?? 'data/other-sources.csv') };
try {
  const { parties, context } = loadTables(files);
  console.log(
    `Valid: ${parties.length} parties in ${files.parties.file}, ${context.length} figures in ${files.otherSources.file}; data version ${dataVersion(files, articleFacts)}, figures as of ${figuresAsOf(context)}`,
  );
} catch (error) {
  if (!(error instanceof MetricsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
