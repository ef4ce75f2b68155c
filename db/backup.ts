import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { DossierError } from '../preload/contract/errors';
import { DOSSIER_APPLICATION_ID, LATEST_SCHEMA_VERSION, readSchemaVersion } from './migrate';
import { hasSqliteHeader, type Db } from './open';

/** Tables every Dossier library has had since schema 1; a file without them is not ours. */
const REQUIRED_TABLES = ['sources', 'articles', 'tags', 'article_tags', 'notes', 'quotes'] as const;
/** Copy the whole file in one step, so the copy is one snapshot even while another process writes. */
const ALL_PAGES_AT_ONCE = 0x7fffffff;

/** What a checked library file holds. */
export interface LibraryFileFacts {
  schemaVersion: number;
  articles: number;
  bytes: number;
}

/**
 * Writes a consistent copy of an open library to `outPath` with SQLite's online backup API,
 * then turns the copy into a self-contained single file (rollback journal, no -wal needed).
 */
export async function backupDatabase(db: Db, outPath: string): Promise<void> {
  await db.backup(outPath, { progress: () => ALL_PAGES_AT_ONCE });
  const copy = new Database(outPath);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Copies a library file that this process does not have open to `outPath`, taking SQLite's
 * exclusive lock first: replacing a library another program has open would pull the file from
 * under it (and its WAL would then damage the new file), so that is refused with DB_LOCKED.
 * A file SQLite cannot open at all is copied byte for byte.
 */
export async function backupLibraryFileExclusively(libraryPath: string, outPath: string): Promise<void> {
  let db: Db;
  try {
    db = new Database(libraryPath, { fileMustExist: true, timeout: 2000 });
  } catch {
    copyFileSync(libraryPath, outPath);
    return;
  }
  try {
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (err) {
      throw new DossierError(
        'DB_LOCKED',
        `The library ${libraryPath} is open in another program (Dossier?). Close it, then try again.`,
        { cause: err },
      );
    }
    await backupDatabase(db, outPath);
  } catch (err) {
    rmSync(outPath, { force: true });
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Checks, without writing to it, that a file is a healthy Dossier library this app can open:
 * a SQLite file, passing integrity_check, not from a newer schema, and marked as ours (or
 * holding our tables). Throws DB_NOT_A_LIBRARY, DB_CORRUPT or DB_NEWER_THAN_APP otherwise.
 */
export function inspectLibraryFile(path: string): LibraryFileFacts {
  checkHeader(path);
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = readSchemaVersion(db);
    checkIntegrity(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new DossierError(
        'DB_NEWER_THAN_APP',
        `This backup was written by a newer version of Dossier (schema ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update Dossier first.`,
      );
    }
    checkIsOurs(db);
    const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    return { schemaVersion: version, articles, bytes: statSync(path).size };
  } catch (err) {
    throw translateSqliteError(err);
  } finally {
    db?.close();
  }
}

function checkHeader(path: string): void {
  if (statSync(path).size < 100 || !hasSqliteHeader(path)) {
    throw new DossierError('DB_NOT_A_LIBRARY', 'This file is not a Dossier library (it is not a SQLite database).');
  }
}

function checkIntegrity(db: Db): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new DossierError(
      'DB_CORRUPT',
      "This library file is damaged (it fails SQLite's integrity check). Nothing was changed.",
    );
  }
}

function checkIsOurs(db: Db): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const hasOurTables = REQUIRED_TABLES.every((t) => tables.has(t));
  if (appId !== DOSSIER_APPLICATION_ID || !hasOurTables) {
    throw new DossierError(
      'DB_NOT_A_LIBRARY',
      'This file is a SQLite database, but not a Dossier library. Nothing was changed.',
    );
  }
}

function translateSqliteError(err: unknown): unknown {
  if (err instanceof DossierError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR')) {
    return new DossierError(
      'DB_CORRUPT',
      'This library file is damaged or truncated and cannot be restored. Nothing was changed.',
      { cause: err },
    );
  }
  return err;
}

/** A checksum over the library's content (articles, sources, tags, notes, quotes), for comparing copies. */
export function checksumLibraryContent(db: Db): string {
  const row = db
    .prepare(
      `SELECT
         (SELECT group_concat(x, '|') FROM (SELECT a.id || ':' || a.title || ':' || a.text_hash || ':' || s.sha256 AS x
            FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.id)) AS articles,
         (SELECT group_concat(x, '|') FROM (SELECT article_id || ':' || tag_id AS x FROM article_tags ORDER BY 1)) AS tags,
         (SELECT group_concat(x, '|') FROM (SELECT id || ':' || body AS x FROM notes ORDER BY id)) AS notes,
         (SELECT group_concat(x, '|') FROM (SELECT id || ':' || exact AS x FROM quotes ORDER BY id)) AS quotes`,
    )
    .get() as Record<string, string | null>;
  return createHash('sha256').update(JSON.stringify(row)).digest('hex');
}
