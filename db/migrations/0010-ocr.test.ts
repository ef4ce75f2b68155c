import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

describe('migration 0010: OCR jobs and pages', () => {
  it('keeps existing articles, admits picture articles and drops OCR pages with their article', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 10),
    );
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (1, 'sha-1', 'a.pdf', 3, x'010203', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (1, 1, 'Old article', '<p>x</p>', 'Some text.', 2, 'pdf', 'h1', ?, ?)`,
    ).run(now, now);
    expect(() =>
      db
        .prepare(
          `INSERT INTO articles (source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
           VALUES (1, 'x', '', '', 0, 'image', 'h2', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
    migrate(db, MIGRATIONS);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Old article']);
    db.prepare(
      "INSERT INTO sources (id, sha256, file_name, bytes, content, imported_at) VALUES (2, 'sha-2', 'scan.png', 3, x'010203', ?)",
    ).run(now);
    db.prepare(
      `INSERT INTO articles (id, source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
       VALUES (2, 2, 'scan', '', '', 0, 'image', 'h2', ?, ?)`,
    ).run(now, now);
    expect(() =>
      db
        .prepare(
          `INSERT INTO articles (source_id, title, html, text, word_count, format, text_hash, created_at, updated_at)
           VALUES (1, 'x', '', '', 0, 'jpeg', 'h3', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO ocr_jobs (article_id, kind, languages, status, pages, created_at, updated_at)
       VALUES (2, 'image', 'eng', 'pending', 1, ?, ?)`,
    ).run(now, now);
    db.prepare(
      "INSERT INTO ocr_pages (article_id, page, source, status, updated_at) VALUES (2, 1, 'ocr', 'pending', ?)",
    ).run(now);
    expect(() =>
      db
        .prepare("INSERT INTO ocr_pages (article_id, page, source, status, updated_at) VALUES (2, 2, 'ocr', 'x', ?)")
        .run(now),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM articles WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM ocr_jobs').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM ocr_pages').pluck().get()).toBe(0);
    db.close();
  });
});
