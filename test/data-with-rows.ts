import fs from 'node:fs';
import path from 'node:path';

const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8');
const withRows = (file: string, fixture?: string) => ({ file, text: fixture ? `${read(file).trimEnd()}\n${read(fixture)}` : read(file) });

/**
 * The project's data files with a fixture's rows appended, as a data desk would add them: for
 * tests that mock `@/data/files` to show one new row reaching every output.
 */
export const dataFilesWith = ({ parties, otherSources }: { parties?: string; otherSources?: string }) => ({
  parties: withRows('data/parties.csv', parties),
  otherSources: withRows('data/other-sources.csv', otherSources),
});
