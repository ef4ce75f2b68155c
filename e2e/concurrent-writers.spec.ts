import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const CLI = resolve(__dirname, '..', 'out', 'main', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function writeArticles(dir: string, prefix: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: 400 }, (_, w) => `${prefix}${i}word${(w * 31) % 997}`).join(' ');
    writeFileSync(
      join(dir, `${prefix}-${i}.html`),
      `<html><head><title>${prefix} ${i}</title></head><body><article><h1>${prefix} ${i}</h1><p>${body}</p></article></body></html>`,
    );
  }
}

// Two writers at once used to lose imports: a deferred transaction read, then found the file
// locked by the other process and failed at once ("database is locked"), whatever the timeout.
test('two CLI imports and a tagging loop on one library lose nothing and never say "locked"', async () => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-writers-'));
  try {
    const library = join(dir, 'library.sqlite');
    writeArticles(join(dir, 'seed'), 'seed', 1);
    const seed = await runCli(['import', '--library', library, '--json', join(dir, 'seed')]);
    const seedId = (JSON.parse(seed.stdout.trim()) as { id: number }).id;
    writeArticles(join(dir, 'a'), 'alpha', 60);
    writeArticles(join(dir, 'b'), 'beta', 60);
    const tagging = (async () => {
      const runs: Run[] = [];
      for (let i = 0; i < 6; i++) runs.push(await runCli(['tag', String(seedId), `round-${i}`, '--library', library]));
      return runs;
    })();
    const [a, b, reads] = await Promise.all([
      runCli(['import', '--library', library, '--json', join(dir, 'a')]),
      runCli(['import', '--library', library, '--json', join(dir, 'b')]),
      tagging,
    ]);
    for (const run of [a, b, ...reads]) {
      expect(run.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
      expect(run.code).toBe(0);
    }
    const lines = [a, b].flatMap((r) =>
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { status: string }),
    );
    expect(lines.filter((l) => l.status === 'imported')).toHaveLength(120);
    const stats = JSON.parse((await runCli(['stats', '--library', library, '--json'])).stdout) as { articles: number };
    expect(stats.articles).toBe(121);
    const shown = JSON.parse((await runCli(['show', String(seedId), '--library', library, '--json'])).stdout) as {
      tags: string[];
    };
    expect(shown.tags).toHaveLength(6);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
