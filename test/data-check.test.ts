import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `npm run data:check -- ...args`, run as npm runs it, from the project folder. */
const dataCheck = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...args], { encoding: 'utf8' });

describe('npm run data:check', () => {
  it('prints one line and exits 0 when the data files are valid', () => {
    const { status, stdout, stderr } = dataCheck();
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Valid: 9 parties in data\/parties\.csv, 21 figures in data\/other-sources\.csv; data version [0-9a-f]{8}, figures as of 2025-09-02\n$/);
    expect(status).toBe(0);
  });

  it('prints each problem on stderr and exits 1 for the file it is given', () => {
    const { status, stdout, stderr } = dataCheck('test/fixtures/bad-date.csv');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "test/fixtures/bad-date.csv line 3, column as_of: '19/12/2024' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD\n" +
        "test/fixtures/bad-date.csv line 4, column published: '2025-02-29' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD\n",
    );
    expect(status).toBe(1);
  });

  // Each corrupted fixture (their messages are checked in data-files.test.ts) fails the check, naming its file and a line.
  it.each(readdirSync('test/fixtures').filter((f) => f.endsWith('.csv')))('fails on test/fixtures/%s', (name) => {
    const { status, stdout, stderr } = dataCheck(`test/fixtures/${name}`);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^test/fixtures/${name.replace('.', '\\.')} line \\d+`));
    expect(status).toBe(1);
  });
});
