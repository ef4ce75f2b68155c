import type { ArticleId, NoteId } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/** One surface form and the stem it analysed to (see migration 0004). */
export interface SurfaceForm {
  form: string;
  term: string;
}

/**
 * The form up to and including its first character that differs from its stem: a prefix query
 * needs the form only when the prefix is at least this long. undefined when the stem starts with
 * the whole form (a prefix of the form is then a prefix of the stem: FTS5 finds it unaided).
 */
export function stemKeyOf(form: string, term: string): string | undefined {
  let shared = 0;
  while (shared < form.length && form.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
  if (shared === form.length) return undefined;
  const end = isHighSurrogate(form.charCodeAt(shared)) ? shared + 2 : shared + 1;
  return form.slice(0, end);
}

/** Records surface forms (already recorded ones are left alone). The caller owns the transaction. */
export function insertSurfaceForms(db: Db, forms: Iterable<SurfaceForm>): void {
  const rows: [string, string, string][] = [];
  for (const { form, term } of forms) {
    const key = stemKeyOf(form, term);
    if (key !== undefined) rows.push([key, form, term]);
  }
  if (rows.length === 0) return;
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO search_forms (stem_key, form, term)
     SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(@rows)`,
  ).run({ rows: JSON.stringify(rows) });
}

/**
 * The stems of the words that start with `prefix` as written but whose stem does not ("acceler"
 * for "accelerat": "accelerators" is indexed as "acceler"), most frequent first. Only the keys
 * that are prefixes of `prefix` can hold such forms, so this reads one short index range per
 * character of the prefix, never the whole range of forms that start with it.
 */
export function listStemsOfFormsWithPrefix(db: Db, prefix: string, limit: number): string[] {
  const keys: string[] = [];
  for (let i = 1; i <= prefix.length; i++)
    if (!isHighSurrogate(prefix.charCodeAt(i - 1))) keys.push(prefix.slice(0, i));
  if (keys.length === 0) return [];
  return cachedStatement(
    db,
    `SELECT f.term FROM search_forms f JOIN search_vocab v ON v.term = f.term
     WHERE f.stem_key IN (SELECT value FROM json_each(@keys)) AND f.form >= @prefix AND f.form < @upper AND v.docs > 0
     GROUP BY f.term ORDER BY max(v.docs) DESC, f.term LIMIT @limit`,
  )
    .pluck()
    .all({ keys: JSON.stringify(keys), prefix, upper: prefix + '\uffff', limit }) as string[];
}

/** A document indexed before schema 4 whose surface forms are still to be recorded. */
export type FormsBackfillItem =
  | { kind: 'article'; id: ArticleId; title: string; byline: string | null; text: string; language: string }
  | { kind: 'note'; id: NoteId; body: string; language: string };

interface BackfillEntry {
  kind: 'article' | 'note';
  id: number;
}

/** True when some document indexed before schema 4 still waits for its surface forms. */
export function hasFormsBackfill(db: Db): boolean {
  return cachedStatement(db, 'SELECT 1 FROM search_forms_backfill LIMIT 1').get() !== undefined;
}

/**
 * Records the surface forms of the next `limit` documents waiting for them, analysed by
 * `formsOf` (the core's analyser), and takes them off the list, in one transaction. Entries whose
 * document is gone (or no longer indexed) are simply taken off. Returns how many were taken off.
 */
export function backfillSurfaceForms(
  db: Db,
  limit: number,
  formsOf: (item: FormsBackfillItem) => Iterable<SurfaceForm>,
): number {
  return db.transaction(() => {
    const entries = db
      .prepare('SELECT kind, id FROM search_forms_backfill ORDER BY kind, id LIMIT @limit')
      .all({ limit }) as BackfillEntry[];
    const article = db.prepare(
      `SELECT a.title, a.byline, a.text, d.language FROM articles a JOIN search_docs d ON d.article_id = a.id
       WHERE a.id = @id`,
    );
    const note = db.prepare(
      'SELECT n.body, s.language FROM notes n JOIN search_note_docs s ON s.note_id = n.id WHERE n.id = @id',
    );
    const forms = new Map<string, SurfaceForm>();
    for (const e of entries) {
      let item: FormsBackfillItem | undefined;
      if (e.kind === 'article') {
        const row = article.get({ id: e.id }) as
          { title: string; byline: string | null; text: string; language: string } | undefined;
        if (row) item = { kind: 'article', id: e.id as ArticleId, ...row };
      } else {
        const row = note.get({ id: e.id }) as { body: string; language: string } | undefined;
        if (row) item = { kind: 'note', id: e.id as NoteId, ...row };
      }
      if (item) for (const f of formsOf(item)) forms.set(`${f.form}\t${f.term}`, f);
    }
    insertSurfaceForms(db, forms.values());
    db.prepare(
      `DELETE FROM search_forms_backfill WHERE (kind, id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(@entries))`,
    ).run({ entries: JSON.stringify(entries.map((e) => [e.kind, e.id])) });
    return entries.length;
  })();
}

/** Drops every surface form and the backfill list (the index is being rebuilt from the articles). */
export function clearSurfaceForms(db: Db): void {
  db.prepare('DELETE FROM search_forms').run();
  db.prepare('DELETE FROM search_forms_backfill').run();
}

/**
 * Drops the surface forms and lists every indexed article and note for the backfill again: what
 * migration 0004 leaves a library with. The benchmark times the backfill from here.
 */
export function restartFormsBackfill(db: Db): void {
  db.transaction(() => {
    clearSurfaceForms(db);
    db.prepare("INSERT INTO search_forms_backfill (kind, id) SELECT 'article', article_id FROM search_docs").run();
    db.prepare("INSERT INTO search_forms_backfill (kind, id) SELECT 'note', note_id FROM search_note_docs").run();
  })();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
