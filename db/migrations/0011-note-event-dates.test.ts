import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

const now = '2024-05-01T10:00:00.000Z';

describe('migration 0011: dated notes (key dates of a story)', () => {
  it('keeps existing notes undated, accepts a calendar day and refuses anything else', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 11),
    );
    db.prepare(
      "INSERT INTO notes (id, article_id, body, created_at, updated_at) VALUES (1, NULL, 'Old note', ?, ?)",
    ).run(now, now);
    migrate(db, MIGRATIONS);
    expect(db.prepare('SELECT body, event_date FROM notes').all()).toEqual([{ body: 'Old note', event_date: null }]);
    db.prepare("UPDATE notes SET event_date = '2024-03-03' WHERE id = 1").run();
    expect(db.prepare('SELECT event_date FROM notes').pluck().get()).toBe('2024-03-03');
    for (const bad of ['2024-02-30', '3 March', '2024-03-03T10:00:00Z']) {
      expect(() => db.prepare('UPDATE notes SET event_date = ? WHERE id = 1').run(bad)).toThrow(/CHECK/);
    }
    db.close();
  });
});
