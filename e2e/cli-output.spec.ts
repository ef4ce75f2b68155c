import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI with a reader that stops early: `closeStdout: 'at-once'` closes our end of
 * its stdout before it prints anything (as `... | true` does), 'after-first-line' reads one line
 * and then closes (as `... | head -n 1` does). `closeStderr` closes its stderr at once.
 */
function runWithEarlyReader(
  args: string[],
  options: { closeStdout?: 'at-once' | 'after-first-line'; closeStderr?: boolean },
): Promise<Ended> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  if (options.closeStdout === 'at-once') child.stdout.destroy();
  else if (options.closeStdout === 'after-first-line') {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      stdout = line;
      lines.close();
      child.stdout.destroy();
    });
  } else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  if (options.closeStderr) child.stderr.destroy();
  else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

test.describe('the command line when its reader stops early', () => {
  let dir: string;
  let library: string;
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-pipe-'));
    library = join(dir, 'demo.sqlite');
    execFileSync(process.execPath, [CLI, 'init', '--demo', '--library', library]);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('ends quietly with success when stdout is closed before it prints', async () => {
    for (const args of [
      ['search', 'nvidia', '--limit', '100'],
      ['search', 'nvidia', '--limit', '100', '--json'],
      ['list', '--limit', '100'],
    ]) {
      const ended = await runWithEarlyReader([...args, '--library', library], { closeStdout: 'at-once' });
      expect(ended.stderr, args.join(' ')).toBe('');
      expect(ended.code, args.join(' ')).toBe(0);
    }
  });

  test('ends quietly when the reader takes one line and leaves, as head does', async () => {
    const ended = await runWithEarlyReader(['search', 'nvidia', '--limit', '100', '--library', library], {
      closeStdout: 'after-first-line',
    });
    expect(ended.stdout).toMatch(/^\d+\s/);
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
  });

  test('keeps its own exit code when stderr is closed', async () => {
    expect((await runWithEarlyReader(['no-such-command'], { closeStderr: true })).code).toBe(2);
    const missing = await runWithEarlyReader(['show', '999999', '--library', library], { closeStderr: true });
    expect(missing.code).toBe(1);
  });
});
