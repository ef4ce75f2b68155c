import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

describe('migration 0001: the initial schema', () => {
  it('applies on an empty database and sets user_version to 1', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('holds an article with its source, tags, entity mentions, notes and quotes, and cascades a delete', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    const now = '2024-05-01T10:00:00.000Z';
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 'abc', 'a.html', 3, x'010203', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (1, 1, 'H800 rules', '<p>x</p>', 'NVIDIA H800', 2, 'html', 'h', ?, ?)`,
    ).run(now, now);
    db.prepare("INSERT INTO tags (id, name, created_at) VALUES (1, 'nvidia', ?)").run(now);
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1)').run();
    db.prepare("INSERT INTO entities (id, name, type, created_at) VALUES (1, 'NVIDIA', 'organisation', ?)").run(now);
    db.prepare("INSERT INTO entity_aliases (entity_id, alias, language) VALUES (1, '英伟达', 'zh')").run();
    db.prepare("INSERT INTO mentions (article_id, entity_id, start, end, alias) VALUES (1, 1, 0, 6, 'NVIDIA')").run();
    db.prepare("INSERT INTO notes (article_id, body, created_at, updated_at) VALUES (1, 'check', ?, ?)").run(now, now);
    db.prepare(
      "INSERT INTO quotes (article_id, exact, start, end, created_at, updated_at) VALUES (1, 'H800', 7, 11, ?, ?)",
    ).run(now, now);

    expect(() =>
      db.prepare("INSERT INTO entities (name, type, created_at) VALUES ('X', 'planet', ?)").run(now),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    for (const table of ['article_tags', 'mentions', 'notes', 'quotes']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    db.close();
  });
});
