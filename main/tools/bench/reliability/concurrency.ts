import { join } from 'node:path';
import type { ImportFileResult } from '../../../../preload/api';
import { checkLibrary, queryLibrary } from './library-checks';
import { makeArticleFiles } from './make-files';
import { startServe } from './serve';
import { BUSY_PATTERN, jsonLines, runCli, scratchDir, seconds, type CliRun } from './support';

/**
 * Two writers and more: with `dossier serve` open on a library, a CLI import, a second CLI
 * import, an import through the server, a stream of `dossier tag` and `dossier backup` runs all
 * write at once. A busy failure is an operation that failed while "database is locked" or
 * SQLITE_BUSY showed in its output; a lost write is one reported done that is not in the
 * library afterwards.
 */
export interface ConcurrencyReport {
  lostWrites: number;
  busyFailures: number;
  busyLines: number;
  operations: Record<string, { ok: number; failed: number; busy: number }>;
  failures: string[];
  libraryProblems: string[];
  seconds: number;
}

/** The first line that names an error (a stack trace's head), else the last line. */
const firstError = (text: string): string =>
  (text.split('\n').find((l) => /error|locked|busy/i.test(l)) ?? text.trim().split('\n').pop() ?? '').slice(0, 160);

const busyLineCount = (text: string): number => text.split('\n').filter((l) => BUSY_PATTERN.test(l)).length;

export async function runConcurrency(filesPerWriter: number, log: (line: string) => void): Promise<ConcurrencyReport> {
  const start = process.hrtime.bigint();
  const root = scratchDir('concurrency');
  const library = join(root, 'library.sqlite');
  const seedRun = await runCli([
    'import',
    ...makeArticleFiles(join(root, 'seed'), 20, 1, 'seed'),
    '--json',
    '--library',
    library,
  ]);
  const seedIds = jsonLines<ImportFileResult>(seedRun.stdout).flatMap((r) => (r.id ? [r.id] : []));
  const folders = ['cli-a', 'cli-b', 'server'].map((name, i) => {
    makeArticleFiles(join(root, name), filesPerWriter, 100 + i, name);
    return join(root, name);
  });
  const report: ConcurrencyReport = {
    lostWrites: 0,
    busyFailures: 0,
    busyLines: 0,
    operations: {},
    failures: [],
    libraryProblems: [],
    seconds: 0,
  };
  const op = (name: string) => (report.operations[name] ??= { ok: 0, failed: 0, busy: 0 });
  const serve = await startServe(library);
  log(
    `Concurrency: serve open; 2 CLI imports + 1 server import of ${filesPerWriter} files each, tags and backups at once...`,
  );
  try {
    const imported: { file: string; id: number }[] = [];
    const countImport = (name: string, lines: ImportFileResult[], output: string): void => {
      const busyHere = BUSY_PATTERN.test(output);
      report.busyLines += busyLineCount(output);
      for (const r of lines) {
        if (r.status === 'imported' && r.id) imported.push({ file: r.file, id: r.id });
        if (r.status === 'failed') {
          op(name).failed++;
          const busy = busyHere && ['INTERNAL', 'DB_LOCKED'].includes(r.error?.code ?? '');
          if (busy || BUSY_PATTERN.test(r.error?.message ?? '')) op(name).busy++;
          report.failures.push(
            `${name}: ${r.file.split('/').pop()}: ${r.error?.code} ${r.error?.message?.slice(0, 80)}`,
          );
        } else op(name).ok++;
      }
    };
    const cliImport = (folder: string): Promise<CliRun> => runCli(['import', folder, '--json', '--library', library]);
    const tags: { id: number; tag: string }[] = [];
    const tagLoop = (async () => {
      for (let i = 0; i < 15; i++) {
        const id = seedIds[i % seedIds.length]!;
        const tag = `concurrent/t${i}`;
        const run = await runCli(['tag', String(id), tag, '--json', '--library', library]);
        const out = run.stdout.join('\n') + run.stderr;
        report.busyLines += busyLineCount(out);
        if (run.code === 0) {
          op('tag').ok++;
          tags.push({ id, tag });
        } else {
          op('tag').failed++;
          if (BUSY_PATTERN.test(out)) op('tag').busy++;
          report.failures.push(`tag ${id} ${tag}: exit ${run.code} ${firstError(out)}`);
        }
      }
    })();
    const backupLoop = (async () => {
      for (let i = 0; i < 3; i++) {
        const out = join(root, `backup-${i}.sqlite`);
        const run = await runCli(['backup', '--out', out, '--json', '--library', library]);
        const text = run.stdout.join('\n') + run.stderr;
        report.busyLines += busyLineCount(text);
        const problems = run.code === 0 ? checkLibrary(out).problems : [];
        if (run.code === 0 && problems.length === 0) op('backup').ok++;
        else {
          op('backup').failed++;
          if (BUSY_PATTERN.test(text)) op('backup').busy++;
          report.failures.push(
            `backup ${i}: exit ${run.code} ${problems.join('; ')} ${text.trim().split('\n').pop()?.slice(0, 120)}`,
          );
        }
      }
    })();
    const serverImport = serve.invoke<{ results: ImportFileResult[] }>('importPaths', { paths: [folders[2]] });
    const [a, b, viaServer] = await Promise.all([
      cliImport(folders[0]!),
      cliImport(folders[1]!),
      serverImport,
      tagLoop,
      backupLoop,
    ]);
    countImport('cli import A', jsonLines<ImportFileResult>(a.stdout), a.stderr);
    countImport('cli import B', jsonLines<ImportFileResult>(b.stdout), b.stderr);
    if (viaServer.ok) countImport('server import', viaServer.value.results, serve.output());
    else report.failures.push(`server import: ${viaServer.error.code} ${viaServer.error.message}`);
    report.busyFailures = Object.values(report.operations).reduce((n, o) => n + o.busy, 0);
    // Lost writes: everything reported done must be there.
    const ids = new Set(queryLibrary<{ id: number }>(library, 'SELECT id FROM articles').map((r) => r.id));
    for (const r of imported) {
      if (ids.has(r.id)) continue;
      report.lostWrites++;
      report.failures.push(`lost: ${r.file} (#${r.id})`);
    }
    for (const t of tags) {
      const [row] = queryLibrary<{ n: number }>(
        library,
        'SELECT count(*) AS n FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ? AND t.name = ?',
        [t.id, t.tag],
      );
      if (row?.n) continue;
      report.lostWrites++;
      report.failures.push(`lost tag ${t.tag} on #${t.id}`);
    }
  } finally {
    await serve.stop();
  }
  report.libraryProblems = checkLibrary(library).problems;
  report.seconds = seconds(start);
  return report;
}
