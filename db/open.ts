import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { DossierError } from '../preload/contract/errors';
import { DOSSIER_APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate, readSchemaVersion } from './migrate';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenLibraryOptions {
  /** Open without writing anything (no migration, no WAL switch). */
  readonly?: boolean;
  /** How long to wait for another process's lock before giving up, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Opens (or creates) a library file: checks it is a Dossier library of a schema this app
 * understands before writing a single byte, then switches on WAL and foreign keys and
 * migrates it to the latest schema.
 */
export function openLibrary(path: string, options: OpenLibraryOptions = {}): Db {
  const isNew = path === ':memory:' || !existsSync(path) || statSync(path).size === 0;
  if (!isNew) checkFileLooksLikeSqlite(path);

  let db: Db | undefined;
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: options.busyTimeoutMs ?? 5000,
    });
    if (!isNew) checkIsCompatibleLibrary(db);
    checkSqliteFeatures(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // 32 MB of page cache (SQLite's default is 2 MB): an import writes ~270 KB of source per
      // page, which otherwise pushes the mention and search index pages out between articles.
      db.pragma('cache_size = -32768');
      // Savepoint journals in memory, not in temporary files. An import stores each article in
      // its own savepoint (store-queue.ts), and SQLite copies every page a savepoint changes into
      // its journal first; on disk that made each write of an import 5 to 8 times slower (mentions:
      // 36 µs a row during a 600-page import against 5 µs alone). One article's journal is a few
      // hundred KB.
      db.pragma('temp_store = MEMORY');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw translateOpenError(err, path);
  }
}

/** True when the file starts with SQLite's header (it may still be damaged further in). */
export function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === SQLITE_HEADER;
}

function checkFileLooksLikeSqlite(path: string): void {
  if (!hasSqliteHeader(path)) {
    throw new DossierError('DB_NOT_A_LIBRARY', `${path} is not a Dossier library (it is not a SQLite database).`);
  }
}

/** Refuses, without writing, a library from a newer app or a SQLite file that is not ours. */
function checkIsCompatibleLibrary(db: Db): void {
  const version = readSchemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new DossierError(
      'DB_NEWER_THAN_APP',
      `This library was written by a newer version of Dossier (schema ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update Dossier to open it; the file was left untouched.`,
    );
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  if (appId !== DOSSIER_APPLICATION_ID && tableCount > 0) {
    throw new DossierError('DB_NOT_A_LIBRARY', 'This file is a SQLite database, but not a Dossier library.');
  }
}

function checkSqliteFeatures(db: Db): void {
  const has = (option: string): boolean =>
    (db.prepare('SELECT sqlite_compileoption_used(?) AS used').get(option) as { used: number }).used === 1;
  if (!has('ENABLE_FTS5')) throw new DossierError('INTERNAL', 'This build of SQLite lacks FTS5, which Dossier needs.');
  db.prepare("SELECT json('{}')").get();
}

function translateOpenError(err: unknown, path: string): unknown {
  if (err instanceof DossierError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DossierError(
      'DB_LOCKED',
      `The library ${path} is in use by another program. Close it there and try again.`,
      { cause: err },
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new DossierError(
      'DB_CORRUPT',
      `The library ${path} is damaged and cannot be opened. Restore it from a backup.`,
      { cause: err },
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new DossierError(
      'DB_LOCKED',
      `The library ${path} cannot be opened for writing (${code}). Check the file's permissions.`,
      { cause: err },
    );
  }
  return err;
}
