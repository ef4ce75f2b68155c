import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntranslated, findUntranslatedInSource } from './find-untranslated';
import { compareLocales, readLocales } from './locale-keys';

const root = resolve(__dirname, '../..');
const localesDir = join(root, 'preload/contract/locales');

/**
 * Strings that were in the interface before translations existed and are not moved yet, as
 * "file: text" (no line numbers, so edits around them do not matter). It may only shrink: a new
 * string anywhere fails, and so does an entry here that is no longer found.
 */
const baseline = JSON.parse(readFileSync(join(__dirname, 'untranslated-baseline.json'), 'utf8')) as string[];

describe('translation files', () => {
  it('have the same messages in every language, with the plural forms each language needs', () => {
    const locales = readLocales(localesDir);
    expect(Object.keys(locales)).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(compareLocales(locales)).toEqual([]);
  });

  it('reports a message missing from one language', () => {
    const problems = compareLocales({
      en: { import: { button: 'Import files…', waiting: 'Waiting…' } },
      fr: { import: { button: 'Importer des fichiers…' } },
    });
    expect(problems).toEqual(['fr.json: missing "import.waiting" (present in en.json)']);
  });

  it('reports a French plural without its "many" form', () => {
    const problems = compareLocales({
      en: { n_one: '{{count}} article', n_other: '{{count}} articles' },
      fr: { n_one: '{{count}} article', n_other: '{{count}} articles' },
    });
    expect(problems).toEqual([expect.stringMatching(/^fr\.json: missing plural form "n_many" \(fr uses /)]);
  });
});

describe('visible strings in the interface', () => {
  it('all go through the translations', () => {
    const found = findUntranslated(join(root, 'renderer/src'), root);
    const allowed = new Set(baseline);
    const bypassing = found
      .filter((f) => !allowed.has(`${f.file}: ${f.text}`))
      .map(
        (f) =>
          `${f.file}:${f.line}: "${f.text}" is shown without going through t() (add it to preload/contract/locales/*.json)`,
      );
    expect(bypassing).toEqual([]);
    const stillThere = new Set(found.map((f) => `${f.file}: ${f.text}`));
    expect(
      baseline.filter((entry) => !stillThere.has(entry)),
      'translated now: remove from untranslated-baseline.json',
    ).toEqual([]);
  });

  it('finds JSX text, visible attributes, shown literals and toast messages, with their line', () => {
    const source = [
      'export function A({ busy }: { busy: boolean }) {',
      "  toast('Saved the note');",
      '  return (',
      '    <div className="pane" data-testid="a" aria-label="Notes pane">',
      '      Hello there',
      "      <input placeholder={`Search ${1}`} title={t('ok')} />",
      "      {busy ? 'Working…' : null}",
      "      <span>{t('done')} Dossier</span>",
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    expect(findUntranslatedInSource('x.tsx', source)).toEqual([
      { file: 'x.tsx', line: 2, text: 'Saved the note' },
      { file: 'x.tsx', line: 4, text: 'Notes pane' },
      { file: 'x.tsx', line: 5, text: 'Hello there' },
      { file: 'x.tsx', line: 6, text: 'Search' },
      { file: 'x.tsx', line: 7, text: 'Working…' },
    ]);
  });
});
