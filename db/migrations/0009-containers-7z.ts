import type { Database } from 'better-sqlite3';

const OLD_CHECK = "CHECK (kind IN ('zip', 'tar', 'tgz', 'mbox', 'msg', 'pst', 'eml'))";
const NEW_CHECK = "CHECK (kind IN ('zip', 'tar', 'tgz', '7z', 'mbox', 'msg', 'pst', 'eml'))";

/**
 * Schema version 9: a container may be a 7z archive. Only the CHECK on `containers.kind` widens.
 * SQLite cannot alter a CHECK, and rebuilding the table would run its foreign-key actions
 * (document links would lose their container); widening an IN list cannot invalidate a stored
 * row, so this is the schema edit SQLite documents for it ("Making Other Kinds Of Table Schema
 * Changes"): the table's SQL is rewritten in place, the schema version bumped, and the database
 * checked. It runs in the migration's transaction like any other.
 */
export function up(db: Database): void {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'containers'").pluck().get() as
    string | undefined;
  if (!sql?.includes(OLD_CHECK)) throw new Error('migration 0009: the containers table is not the one 0008 made');
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = @sql WHERE type = 'table' AND name = 'containers'").run({
      sql: sql.replace(OLD_CHECK, NEW_CHECK),
    });
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
  const check = db.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok') throw new Error(`migration 0009: the database check failed (${check})`);
}
