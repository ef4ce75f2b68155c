import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureCli } from '../../test-support/capture-cli';
import { terminalField, terminalText } from './output';

// eslint-disable-next-line no-control-regex -- the test looks for what a terminal would act on
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-terminal-'));
  library = join(dir, 'lib.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('plain CLI output', () => {
  const hostileName = 'evil\u001b]0;pwned\u0007\u001b[2J\nimported   #999  Forged line\u202e.txt';

  it('shows a hostile file name on one report line with its controls escaped', async () => {
    const file = join(dir, hostileName);
    writeFileSync(file, 'Export rules\n\nThe agency published new export rules for accelerators on Tuesday.');
    const run = await captureCli(['import', file, '--library', library]);
    expect(run.code).toBe(0);
    const text = [...run.out, ...run.err].join('\n');
    expect(text).not.toMatch(RAW_CONTROLS);
    expect(run.out).toHaveLength(1);
    expect(run.out[0]).toMatch(
      /^imported {3}#\d+ .*\(.*evil\\x1b\]0;pwned\\x07\\x1b\[2J\\nimported {3}#999 {2}Forged line\\u202e\.txt\)$/,
    );
  });

  it('keeps the name exactly as it is in --json output', async () => {
    const file = join(dir, hostileName);
    writeFileSync(file, 'Export rules\n\nThe agency published new export rules for accelerators on Tuesday.');
    const run = await captureCli(['import', file, '--library', library, '--json']);
    expect(run.out).toHaveLength(1);
    expect((JSON.parse(run.out[0]!) as { file: string }).file).toBe(file);
  });

  it('escapes controls in titles shown in tables and in error messages', async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Red \u001b[31malert\u001b[0m title\n\nThe agency published new export rules on Tuesday.');
    await captureCli(['import', file, '--library', library]);
    const list = await captureCli(['list', '--library', library]);
    expect(list.out.join('\n')).not.toMatch(RAW_CONTROLS);
    expect(list.out.join('\n')).toContain('\\x1b[31malert');

    const missing = await captureCli(['import', join(dir, 'gone\u001b[2J.txt'), '--library', library]);
    expect([...missing.out, ...missing.err].join('\n')).not.toMatch(RAW_CONTROLS);
  });
});

describe('terminalField and terminalText', () => {
  it('escape what a terminal acts on and leave ordinary text, accents and scripts alone', () => {
    expect(terminalField('a\nb\tc\rd\u001be\u009bf\u202eg\u2066h\u007f')).toBe(
      'a\\nb\\tc\\rd\\x1be\\x9bf\\u202eg\\u2066h\\x7f',
    );
    expect(terminalText('line one\nline \u001b[1mtwo')).toBe('line one\nline \\x1b[1mtwo');
    expect(terminalField('Café 北京 مرحبا — “quoted”')).toBe('Café 北京 مرحبا — “quoted”');
  });
});
