import type { Database } from 'better-sqlite3';

/**
 * Schema version 11: a note may carry a date, the day something happened in the story (a hearing,
 * a leak, a denial). Such notes are the key dates the story timeline shows as events.
 *
 * `event_date` is a calendar day (`YYYY-MM-DD`), not an instant: a reporter records "on 3 March",
 * and a time zone would move it to another day on another machine. Existing notes have no date.
 * The partial index serves the timeline's "every dated note" read without touching undated ones.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE notes ADD COLUMN event_date TEXT
      CHECK (event_date IS NULL OR (length(event_date) = 10 AND date(event_date) = event_date));
    CREATE INDEX notes_by_event_date ON notes (event_date) WHERE event_date IS NOT NULL;
  `);
}
