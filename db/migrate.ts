import type { Database } from 'better-sqlite3';
import { DossierError } from '../preload/contract/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

/** "DOSS": marks a SQLite file as a Dossier library, so a foreign database is refused. */
export const DOSSIER_APPLICATION_ID = 0x444f5353;

export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a library up to the latest schema, one migration per transaction, so a failure
 * leaves the library at the last version that fully applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = readSchemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) {
    throw new DossierError(
      'DB_NEWER_THAN_APP',
      `This library was written by a newer version of Dossier (schema ${current}; this app knows up to ${latest}). Update Dossier to open it.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
      if (migration.version === 1) db.pragma(`application_id = ${DOSSIER_APPLICATION_ID}`);
    })();
  }
  return readSchemaVersion(db);
}

export { LATEST_SCHEMA_VERSION };
