import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

describe('migration 0008: containers, provenance links and mail threads', () => {
  it('keeps existing articles, links a member to its container and drops links with their article', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 8),
    );
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 'sha-1', 'a.html', 3, x'010203', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (1, 1, 'Old article', '<p>x</p>', 'Some text.', 2, 'html', 'h1', ?, ?)`,
    ).run(now, now);
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Old article']);
    db.prepare(
      "INSERT INTO containers (id, kind, file_name, sha256, bytes, imported_at) VALUES (1, 'zip', 'leak.zip', 'abc', 10, ?)",
    ).run(now);
    db.prepare(
      "INSERT INTO document_links (article_id, container_id, member_path, created_at) VALUES (1, 1, 'docs/a.html', ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO containers (kind, file_name, sha256, bytes, imported_at) VALUES ('rar', 'x', 'y', 1, ?)")
        .run(now),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO document_links (article_id, member_path, created_at) VALUES (1, 'x', ?)").run(now),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM document_links').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM containers').pluck().get()).toBe(1);
    db.close();
  });
});
