import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../../../preload/api';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { insertSearchDocument } from '../../../db/search-index';
import { openTestCore } from '../../test-support/open-test-core';
import { analyzeDocument } from './analyze';
import { TermAnalyzer, type SearchLanguage } from './languages';

const now = '2024-05-01T10:00:00.000Z';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-forms-backfill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A schema-3 library, indexed as Dossier indexed before surface forms existed: postings, search_docs
 * and vocabulary written from the same analysis, a note indexed beside its article.
 */
function writeV3Library(path: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 3));
  const analyzer = new TermAnalyzer();
  const add = (id: number, title: string, text: string, language: SearchLanguage): void => {
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
    ).run(id, `sha-${id}`, `${id}.html`, now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
       VALUES (?, ?, ?, '<p>x</p>', ?, 5, 'html', ?, ?, ?, ?)`,
    ).run(id, id, title, text, `hash-${id}`, language, now, now);
    const doc = analyzeDocument(analyzer, language, { title, byline: null, text });
    insertSearchDocument(db, id as ArticleId, {
      language,
      title: doc.title,
      byline: doc.byline,
      body: doc.body,
      terms: [...doc.terms],
    });
  };
  db.transaction(() => {
    add(1, 'Chip rules', 'Washington restricted the sale of accelerators.', 'en');
    add(2, 'Puces', 'Les exportations vers la Chine sont soumises à licence.', 'fr');
    add(3, 'Weather', 'Sunny skies over the harbour.', 'en');
    db.prepare(
      "INSERT INTO notes (id, article_id, body, created_at, updated_at) VALUES (1, 3, 'Ask about the shipments of accelerators.', ?, ?)",
    ).run(now, now);
    const note = analyzeDocument(analyzer, 'en', {
      title: '',
      byline: null,
      text: 'Ask about the shipments of accelerators.',
    });
    db.prepare("INSERT INTO search_notes_fts (rowid, title, byline, body) VALUES (1, '', '', ?)").run(note.body);
    db.prepare("INSERT INTO search_note_docs (note_id, language, terms) VALUES (1, 'en', ?)").run(
      JSON.stringify([...note.terms]),
    );
    db.prepare(
      `INSERT INTO search_vocab (term, docs) SELECT value, 1 FROM json_each(?) WHERE true
       ON CONFLICT (term) DO UPDATE SET docs = docs + 1`,
    ).run(JSON.stringify([...note.terms]));
  })();
  db.close();
}

describe('search: a library indexed before surface forms', () => {
  it('records the forms of its articles and notes on the first search, so prefixes find them', async () => {
    const path = join(dir, 'library.sqlite');
    writeV3Library(path);
    const core = openTestCore(path);
    try {
      const result = await core.api.search({ query: 'accelerat*' });
      expect(result.hits.map((h) => h.id).sort()).toEqual([1, 3]);
      expect(result.hits.find((h) => h.id === 1)!.snippet).toContain('<mark>accelerators</mark>');
      expect(result.noteHits?.map((n) => n.noteId)).toEqual([1]);
      expect((await core.api.search({ query: 'exportation*' })).hits.map((h) => h.id)).toEqual([2]);
      expect(core.db.prepare('SELECT count(*) FROM search_forms_backfill').pluck().get()).toBe(0);
    } finally {
      core.close();
    }
  });
});
