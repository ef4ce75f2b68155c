import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { crashImports } from '../main/tools/bench/reliability/crash-import';
import { runFuzzing } from '../main/tools/bench/reliability/fuzz';
import { jsonLines, runCli, scratchDir } from '../main/tools/bench/reliability/support';
import { runHostilePages } from '../main/tools/bench/reliability/xss';

/**
 * A bounded slice of `npm run bench -- reliability` (the full figures are the benchmark's):
 * a few kill -9s mid-import, a hundred mutated files, a dozen XSS vectors through the real UI.
 * Each drives the built CLI and browser mode as child processes, like the benchmark.
 */
test.describe.configure({ mode: 'serial' });

const log = (): void => undefined;

test('kill -9 at random moments of an import never damages the library nor loses a reported import', async () => {
  test.setTimeout(600_000);
  const root = scratchDir('e2e-crash');
  const report = await crashImports(root, join(root, 'library.sqlite'), 3, log, 60);
  expect(report.trials.filter((t) => t.problems.length > 0)).toEqual([]);
  expect(report.reimport.problems).toEqual([]);
  expect(report.reimport.reportedDuplicate).toBe(report.reimport.keptEarlier);
});

test('a hundred mutated files: no crash, no hang, one coded report line each, library intact', async () => {
  test.setTimeout(600_000);
  const report = await runFuzzing(100, 'none', log);
  expect(report.failures).toEqual([]);
  expect(report.crashes).toBe(0);
  expect(report.hangs).toBe(0);
  expect(report.linesWithoutCode).toBe(0);
  expect(report.libraryProblems).toEqual([]);
});

test('a file whose name is not valid UTF-8 gets a report line in a folder import', async () => {
  test.setTimeout(300_000);
  const dir = join(scratchDir('e2e-names'), 'folder');
  mkdirSync(dir);
  writeFileSync(join(dir, 'plain.txt'), 'A plain memo about the harbour audit, long enough to be an article.');
  writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, 'latin1'), 'A memo from an old archive about the harbour audit.');
  const run = await runCli(['import', dir, '--json', '--library', join(dir, '..', 'library.sqlite')]);
  expect(readdirSync(dir)).toHaveLength(2);
  expect(jsonLines(run.stdout)).toHaveLength(2);
});

test('a dozen XSS vectors through every way text gets in: nothing runs, nothing leaves 127.0.0.1', async () => {
  test.setTimeout(600_000);
  const report = await runHostilePages(log, 12);
  expect(report.executions).toEqual([]);
  expect(report.outsideRequests).toEqual([]);
  expect(report.navigatedAway).toEqual([]);
  expect(report.pdfLiveLinks).toEqual([]);
  expect(report.uiErrors).toEqual([]);
  expect(report.exportFailures).toEqual([]);
  expect(report.libraryProblems).toEqual([]);
});
