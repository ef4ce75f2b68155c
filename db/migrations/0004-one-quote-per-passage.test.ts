import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const BEFORE = MIGRATIONS.filter((m) => m.version < 4);
const UP_TO_4 = MIGRATIONS.filter((m) => m.version <= 4);

const TEXT = '"We comply," Nvidia said. Later Huawei said: "We comply," too. The H20 needs a licence.';
const SAID = '"We comply,"';
const AT_NVIDIA = TEXT.indexOf(SAID);
const AT_HUAWEI = TEXT.lastIndexOf(SAID);
const LICENCE = 'The H20 needs a licence.';
const AT_LICENCE = TEXT.indexOf(LICENCE);

interface QuoteRow {
  id: number;
  article_id: number;
  start: number;
  status: string;
  anchor_status: string;
  created_at: string;
  updated_at: string;
}

/** A library at the version before 0004, with the duplicate quotes the old createQuote let in. */
function openLibraryWithDuplicates(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE);
  for (const id of [1, 2]) {
    db.prepare(
      `INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at)
       VALUES (?, ?, ?, 3, x'010203', '2025-01-01T00:00:00Z')`,
    ).run(id, `sha-${id}`, `${id}.html`);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
       VALUES (?, ?, ?, '<p>x</p>', ?, 16, 'html', ?, 'en', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`,
    ).run(id, id, `Story ${id}`, TEXT, `hash-${id}`);
  }
  const quote = db.prepare(
    `INSERT INTO quotes (id, article_id, exact, start, end, status, anchor_status, citation_json, created_at, updated_at)
     VALUES (@id, @article, @exact, @start, @start + length(@exact), @status, @anchor, @citation, @created, @updated)`,
  );
  const rows = [
    // Nvidia's words quoted three times: one verified copy among them.
    [1, 1, SAID, AT_NVIDIA, 'to_verify', 'ok', '2025-02-01', '2025-02-01'],
    [2, 1, SAID, AT_NVIDIA, 'verified', 'ok', '2025-02-02', '2025-02-05'],
    [3, 1, SAID, AT_NVIDIA, 'to_verify', 'ok', '2025-02-03', '2025-02-03'],
    // The same words from Huawei, elsewhere in the text: another passage.
    [4, 1, SAID, AT_HUAWEI, 'to_verify', 'ok', '2025-02-04', '2025-02-04'],
    // An orphaned passage quoted twice, one copy marked do-not-use.
    [5, 1, LICENCE, AT_LICENCE, 'verified', 'orphaned', '2025-02-06', '2025-02-07'],
    [6, 1, LICENCE, AT_LICENCE, 'do_not_use', 'orphaned', '2025-02-08', '2025-02-08'],
    // The same passage of another article: another quote.
    [7, 2, SAID, AT_NVIDIA, 'to_verify', 'ok', '2025-02-09', '2025-02-09'],
  ] as const;
  for (const [id, article, exact, start, status, anchor, created, updated] of rows) {
    quote.run({
      id,
      article,
      exact,
      start,
      status,
      anchor,
      created,
      updated,
      citation: `{"headline":"Story ${article}"}`,
    });
  }
  db.prepare(
    `INSERT INTO notes (id, article_id, body, created_at, updated_at) VALUES
       (1, 1, ?, '2025-02-10', '2025-02-10'),
       (2, NULL, 'Story plan: lead with the licence.', '2025-02-10', '2025-02-10')`,
  ).run(`> ${SAID}[^q2]\n\n[^q2]: Story 1.`);
  db.prepare(
    `INSERT INTO briefs (id, name, definition_json, created_at, updated_at)
     VALUES (1, 'Weekly', '{"title":"Weekly","scope":{"kind":"ids","ids":[1,2]},"sections":["quotes","sources"]}',
             '2025-02-11', '2025-02-11')`,
  ).run();
  return db;
}

const quotes = (db: Database.Database): QuoteRow[] =>
  db
    .prepare('SELECT id, article_id, start, status, anchor_status, created_at, updated_at FROM quotes ORDER BY id')
    .all() as QuoteRow[];

describe('migration 0004: one quote per passage', () => {
  it('merges the quotes of one passage into the oldest, keeping the most cautious status', () => {
    const db = openLibraryWithDuplicates();
    const notesBefore = db.prepare('SELECT * FROM notes ORDER BY id').all();
    const briefsBefore = db.prepare('SELECT * FROM briefs').all();
    migrate(db, UP_TO_4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);

    expect(quotes(db)).toEqual([
      {
        id: 1,
        article_id: 1,
        start: AT_NVIDIA,
        status: 'verified',
        anchor_status: 'ok',
        created_at: '2025-02-01',
        updated_at: '2025-02-05',
      },
      {
        id: 4,
        article_id: 1,
        start: AT_HUAWEI,
        status: 'to_verify',
        anchor_status: 'ok',
        created_at: '2025-02-04',
        updated_at: '2025-02-04',
      },
      {
        id: 5,
        article_id: 1,
        start: AT_LICENCE,
        status: 'do_not_use',
        anchor_status: 'orphaned',
        created_at: '2025-02-06',
        updated_at: '2025-02-08',
      },
      {
        id: 7,
        article_id: 2,
        start: AT_NVIDIA,
        status: 'to_verify',
        anchor_status: 'ok',
        created_at: '2025-02-09',
        updated_at: '2025-02-09',
      },
    ]);
    // Notes (with the citation a reporter pasted from a merged quote) and saved briefs are as they were.
    expect(db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual(notesBefore);
    expect(db.prepare('SELECT * FROM briefs').all()).toEqual(briefsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('leaves a library without duplicates as it was', () => {
    const db = new Database(':memory:');
    migrate(db, BEFORE);
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 's', '1.html', 1, x'01', 'now')",
    ).run();
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (1, 1, 'T', '<p>x</p>', 'One two three.', 3, 'html', 'h', 'now', 'now')`,
    ).run();
    db.prepare(
      "INSERT INTO quotes (article_id, exact, start, end, created_at, updated_at) VALUES (1, 'One', 0, 3, 'a', 'a'), (1, 'two', 4, 7, 'b', 'b')",
    ).run();
    const before = db.prepare('SELECT * FROM quotes ORDER BY id').all();
    migrate(db, UP_TO_4);
    expect(db.prepare('SELECT * FROM quotes ORDER BY id').all()).toEqual(before);
    db.close();
  });
});
