import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KillTrial } from './crash-import';
import { checkLibrary, queryLibrary } from './library-checks';
import { startServe, valueOf } from './serve';
import { runCli, seededRandom, sleep, spawnCli } from './support';

/**
 * Crash safety beyond imports: SIGKILL during `dossier backup`, `dossier restore`, an entity
 * re-scan (started by adding an entity through browser mode's API, as the app does) and a
 * note's autosave (a stream of updateNote calls, as the editor sends them).
 */

/** Runs a CLI command and kills it after `ms` milliseconds (or lets it finish first). */
async function killCliAfter(args: string[], ms: number): Promise<{ killed: boolean; code: number | null }> {
  const child = spawnCli(args);
  child.stdout!.resume();
  child.stderr!.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const [code, signal] = await new Promise<[number | null, string | null]>((done) =>
    child.once('close', (c, s) => done([c, s])),
  );
  clearTimeout(timer);
  return { killed: signal === 'SIGKILL', code };
}

async function timeCli(args: string[]): Promise<number> {
  const start = Date.now();
  const run = await runCli(args);
  if (run.code !== 0) throw new Error(`dossier ${args[0]} failed: ${run.stderr.slice(0, 300)}`);
  return Date.now() - start;
}

function leftovers(dir: string, prefix: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(prefix) && /partial|tmp|restoring/i.test(f));
}

export async function crashBackupRestore(
  root: string,
  library: string,
  trials: number,
  log: (line: string) => void,
): Promise<KillTrial[]> {
  const random = seededRandom(77);
  const out: KillTrial[] = [];
  const backupMs = await timeCli(['backup', '--out', join(root, 'timing-backup.sqlite'), '--library', library]);
  log(`  one backup takes ${backupMs} ms (process start included); killing at random moments inside it`);
  for (let t = 0; t < trials; t++) {
    const target = join(root, `backup-${t}.sqlite`);
    const run = await killCliAfter(['backup', '--out', target, '--library', library], Math.floor(random() * backupMs));
    const problems = checkLibrary(library).problems.map((p) => `library: ${p}`);
    if (existsSync(target)) problems.push(...checkLibrary(target).problems.map((p) => `backup file: ${p}`));
    out.push({ what: 'backup', trial: t, killed: run.killed, problems });
  }
  // Restore: a copy of the library is restored over a scratch library, killed at random moments.
  const scratch = join(root, 'restore-target.sqlite');
  const source = join(root, 'timing-backup.sqlite');
  copyFileSync(source, scratch);
  const restoreMs = await timeCli(['restore', source, '--library', scratch]);
  log(`  one restore takes ${restoreMs} ms; killing at random moments inside it`);
  for (let t = 0; t < trials; t++) {
    const run = await killCliAfter(['restore', source, '--library', scratch], Math.floor(random() * restoreMs));
    const problems = checkLibrary(scratch).problems;
    const left = leftovers(dirname(scratch), basename(scratch));
    if (left.length && !run.killed) problems.push(`temporary files left: ${left.join(', ')}`);
    out.push({ what: 'restore', trial: t, killed: run.killed, problems });
  }
  for (const f of readdirSync(root)) if (f.startsWith('restore-target.sqlite.before-restore')) rmSync(join(root, f));
  return out;
}

/** Words in most made articles, so adding one as an alias makes the re-scan touch many of them. */
const RESCAN_WORDS = ['ministry', 'regulator', 'tribunal', 'senator', 'supplier', 'factory', 'audit', 'harbour'];

export async function crashRescanAndNotes(library: string, trials: number): Promise<KillTrial[]> {
  const random = seededRandom(99);
  const out: KillTrial[] = [];
  for (let t = 0; t < trials; t++) {
    const serve = await startServe(library);
    try {
      valueOf(
        await serve.invoke('createEntity', {
          name: `Harbour Authority ${t}`,
          type: 'organisation',
          aliases: [...RESCAN_WORDS.slice(t, t + 1), `harbour authority ${t}`],
        }),
        'createEntity',
      );
      await sleep(Math.floor(random() * 1500));
    } finally {
      await serve.kill();
    }
    out.push({ what: 'entity re-scan', trial: t, killed: true, problems: checkLibrary(library).problems });
  }
  for (let t = 0; t < trials; t++) {
    const serve = await startServe(library);
    const created = await serve.invoke<{ id: number }>('createNote', { articleId: null, body: `autosave ${t} start` });
    if (!created.ok) await serve.kill();
    const note = valueOf(created, 'createNote');
    let acknowledged = -1;
    let stopped = false;
    const typing = (async () => {
      for (let n = 0; !stopped; n++) {
        const body = `autosave ${t} keystroke ${n} ${'words of the note '.repeat(n % 50)}`;
        try {
          const reply = await serve.invoke('updateNote', { id: note.id, body });
          if (reply.ok) acknowledged = n;
        } catch {
          return; // the server died mid-request: that is the point
        }
      }
    })();
    await sleep(200 + Math.floor(random() * 1000));
    await serve.kill();
    stopped = true;
    await typing;
    const problems = checkLibrary(library).problems;
    const [row] = queryLibrary<{ body: string }>(library, 'SELECT body FROM notes WHERE id = ?', [note.id]);
    const kept = Number(/keystroke (\d+)/.exec(row?.body ?? '')?.[1] ?? -1);
    if (!row) problems.push('the note is gone');
    else if (kept < acknowledged)
      problems.push(`note lost saved keystrokes: kept ${kept}, acknowledged ${acknowledged}`);
    out.push({ what: 'note autosave', trial: t, killed: true, problems });
  }
  return out;
}
