import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

describe('migration 0009: 7z containers', () => {
  it('accepts a 7z container and keeps the containers, links and reports already there', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 9),
    );
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 'sha-1', 'a.html', 3, x'010203', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (1, 1, 'Old article', '<p>x</p>', 'Some text.', 2, 'html', 'h1', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO containers (id, kind, file_name, sha256, bytes, imported_at, report_json)
       VALUES (1, 'zip', 'leak.zip', 'abc', 10, ?, '{"found":1}')`,
    ).run(now);
    db.prepare(
      "INSERT INTO document_links (article_id, container_id, member_path, created_at) VALUES (1, 1, 'docs/a.html', ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO containers (kind, file_name, sha256, bytes, imported_at) VALUES ('7z', 'x', 'y', 1, ?)")
        .run(now),
    ).toThrow(/CHECK/);

    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    db.prepare(
      "INSERT INTO containers (kind, file_name, sha256, bytes, imported_at) VALUES ('7z', 'a.7z', 'y', 1, ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO containers (kind, file_name, sha256, bytes, imported_at) VALUES ('rar', 'x', 'y', 1, ?)")
        .run(now),
    ).toThrow(/CHECK/);
    expect(db.prepare('SELECT file_name, report_json FROM containers ORDER BY id').all()).toEqual([
      { file_name: 'leak.zip', report_json: '{"found":1}' },
      { file_name: 'a.7z', report_json: '{}' },
    ]);
    expect(db.prepare('SELECT member_path FROM document_links').pluck().all()).toEqual(['docs/a.html']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
