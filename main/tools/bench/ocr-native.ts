import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The reference: Debian's `tesseract` command (tesseract-ocr with its language packs), the engine a
 * desk would otherwise install, run on the very page images Dossier reads.
 */

/** The native engine's version and languages, or null when the command is not installed. */
export async function findNativeTesseract(): Promise<{ version: string; languages: string[] } | null> {
  try {
    const run = promisify(execFile);
    const { stdout: v, stderr: ve } = await run('tesseract', ['--version']);
    const { stdout: l } = await run('tesseract', ['--list-langs']);
    const version = (v + ve).split('\n')[0]!.trim();
    return {
      version,
      languages: l
        .split('\n')
        .slice(1)
        .map((s) => s.trim())
        .filter(Boolean),
    };
  } catch {
    return null;
  }
}

/**
 * Children's CPU seconds so far (user + system of waited-for children, from /proc/self/stat), to
 * show the native engine's CPU cost next to its wall-clock speed on a shared machine; null off Linux.
 */
export function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat (cutime, cstime), counted after the command name's closing bracket.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function runTesseract(listFile: string, language: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // One thread per process, as many processes as Dossier has OCR workers: the same cores for both.
    // Page segmentation 6 (one block of text), tesseract.js's default, so both engines read the page
    // the same way; the command's own default (3, automatic layout) cut Chinese pages into scattered
    // blocks and read them out of order, which measured the layout step, not the recognition.
    const child = spawn('tesseract', [listFile, 'stdout', '-l', language, '--psm', '6'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`tesseract: ${err.trim()}`)),
    );
  });
}

/**
 * Reads page images (PNG files) with the native engine in `processes` parallel processes, each
 * given a list of pages so it loads its model once (as Dossier's workers do). Returns each page's
 * text in the order given (tesseract ends every page of a list with a form feed).
 */
export async function readWithNativeTesseract(
  pngPaths: readonly string[],
  language: string,
  processes: number,
  folder: string,
): Promise<string[]> {
  const groups = Array.from({ length: Math.min(processes, pngPaths.length) }, (_, g) =>
    pngPaths.map((path, i) => ({ path, i })).filter(({ i }) => i % processes === g),
  );
  const texts = new Array<string>(pngPaths.length);
  await Promise.all(
    groups.map(async (group, g) => {
      const list = join(folder, `${language}-list-${g}.txt`);
      writeFileSync(list, group.map((p) => p.path).join('\n') + '\n');
      const pages = (await runTesseract(list, language)).split('\f');
      if (pages.length < group.length) throw new Error(`tesseract returned ${pages.length} of ${group.length} pages`);
      group.forEach(({ i }, k) => (texts[i] = pages[k]!));
    }),
  );
  return texts;
}
