import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePdf } from '../../../test-support/make-pdf';
import { captureCli, type CapturedRun } from '../../../test-support/capture-cli';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-import-'));
  library = join(dir, 'lib.sqlite');
});
afterEach(() => {
  delete process.env.DOSSIER_IMPORT_MAX_MB;
  rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]): Promise<CapturedRun> {
  return captureCli(argv);
}

describe('dossier import', () => {
  it('prints one JSON line per file and exits 1 when a file failed', async () => {
    writeFileSync(join(dir, 'note.txt'), 'Call with the clerk\n\nThe hearing moves to Monday.');
    writeFileSync(
      join(dir, 'locked.pdf'),
      makePdf({ pages: [['Sealed filing about the hearing schedule']], userPassword: 'pw' }),
    );
    const first = await run('import', join(dir, 'note.txt'), join(dir, 'locked.pdf'), '--library', library, '--json');
    expect(first.code).toBe(1);
    const lines = first.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => String(l.file).endsWith('note.txt'))).toMatchObject({
      status: 'imported',
      format: 'txt',
      title: 'Call with the clerk',
    });
    expect(lines.find((l) => String(l.file).endsWith('locked.pdf'))).toMatchObject({
      status: 'failed',
      error: { code: 'ENCRYPTED' },
    });

    const retry = await run(
      'import',
      join(dir, 'locked.pdf'),
      join(dir, 'note.txt'),
      '--password',
      'pw',
      '--library',
      library,
      '--json',
    );
    expect(retry.code).toBe(0);
    const statuses = retry.out.map((l) => (JSON.parse(l) as { status: string }).status).sort();
    expect(statuses).toEqual(['duplicate', 'imported']);
  });

  it('applies --max-size and rejects a bad value as usage error', async () => {
    writeFileSync(join(dir, 'big.txt'), `Big file\n\n${'word '.repeat(300_000)}`);
    const capped = await run('import', join(dir, 'big.txt'), '--max-size', '1', '--library', library, '--json');
    expect(capped.code).toBe(1);
    expect(JSON.parse(capped.out[0]!)).toMatchObject({ status: 'failed', error: { code: 'FILE_TOO_LARGE' } });
    expect((await run('import', join(dir, 'big.txt'), '--max-size', 'lots', '--library', library)).code).toBe(2);
  });
});
