import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `next build` refuses corrupted data with the lines `npm run data:check` prints: each fixture is
 * built in a copy of the project in place of data/other-sources.csv. The build stops when the data
 * module loads, a few seconds in.
 */
const fixtures = readdirSync('test/fixtures').filter((f) => f.endsWith('.csv'));
let copy = '';

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'fixture-build-'));
  const skipped = /^(node_modules|\.next|\.git|docs|test-results|playwright-report)$/;
  cpSync(process.cwd(), copy, { recursive: true, filter: (src) => !skipped.test(path.relative(process.cwd(), src).split(path.sep)[0]) });
  // Hard links where the file system allows (instant), a real copy where it does not.
  if (spawnSync('cp', ['-al', 'node_modules', path.join(copy, 'node_modules')]).status !== 0) cpSync('node_modules', path.join(copy, 'node_modules'), { recursive: true });
}, 300_000);

afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

describe('next build on corrupted data', () => {
  it.each(fixtures)('fails on test/fixtures/%s, naming the line and column as data:check does', (name) => {
    const checked = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', `test/fixtures/${name}`], { encoding: 'utf8' });
    expect(checked.status).toBe(1);
    const expected = checked.stderr.split('\n').filter(Boolean).map((line) => line.replace(`test/fixtures/${name}`, 'data/other-sources.csv'));
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(line).toMatch(/^data\/other-sources\.csv line \d+/);
    writeFileSync(path.join(copy, 'data', 'other-sources.csv'), readFileSync(`test/fixtures/${name}`));
    const built = spawnSync('npx', ['next', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    expect(built.status).not.toBe(0);
    for (const line of expected) expect(built.stdout + built.stderr).toContain(line);
  }, 120_000);
});
