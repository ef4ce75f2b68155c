import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

/** A library at version 6 with two articles. */
function openVersion6(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 6),
  );
  for (const id of [1, 2]) {
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (?, ?, ?, 3, x'010203', ?)",
    ).run(id, `sha-${id}`, `${id}.html`, now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, language, created_at, updated_at)
       VALUES (?, ?, ?, '<p>x</p>', 'Some text.', 2, 'html', ?, 'en', ?, ?)`,
    ).run(id, id, `Article ${id}`, `hash-${id}`, now, now);
  }
  return db;
}

describe('migration 0007: families', () => {
  it('leaves existing articles unfingerprinted (the backfill computes them once) and keeps them intact', () => {
    const db = openVersion6();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT count(*) FROM family_members').pluck().get()).toBe(0);
    expect(db.prepare('SELECT title FROM articles ORDER BY id').pluck().all()).toEqual(['Article 1', 'Article 2']);
    db.close();
  });

  it('drops a deleted article from its family, and a deleted family leaves its members alone', () => {
    const db = openVersion6();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    db.prepare('INSERT INTO families (id, origin_id, created_at) VALUES (1, 1, ?)').run(now);
    db.prepare('INSERT INTO family_members (article_id, family_id) VALUES (1, 1), (2, 1)').run();
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT article_id, family_id FROM family_members').all()).toEqual([
      { article_id: 2, family_id: 1 },
    ]);
    db.prepare('DELETE FROM families WHERE id = 1').run();
    expect(db.prepare('SELECT family_id FROM family_members').pluck().all()).toEqual([null]);
    db.close();
  });
});
