import type { ArticleId } from '../preload/api';
import type { Db } from './open';
import { cachedStatement } from './statement-cache';

/**
 * State of the library-wide entity scan, kept in app_settings so a re-scan that was cut short
 * (app closed, CLI exited) resumes where it stopped:
 * - `entities.registryVersion` goes up by one on every registry change;
 * - `entities.scannedVersion` is the version the last complete scan used;
 * - `entities.scanCursor` is the last article id scanned with the current version.
 */
const KEYS = {
  seeded: 'entities.seeded',
  registryVersion: 'entities.registryVersion',
  scannedVersion: 'entities.scannedVersion',
  cursor: 'entities.scanCursor',
} as const;

function readInt(db: Db, key: string): number {
  const row = cachedStatement(db, 'SELECT value FROM app_settings WHERE key = @key').get({ key }) as
    { value: string } | undefined;
  return row ? Number(row.value) || 0 : 0;
}

function writeValue(db: Db, key: string, value: string): void {
  cachedStatement(
    db,
    'INSERT INTO app_settings (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run({
    key,
    value,
  });
}

export interface EntityScanState {
  registryVersion: number;
  scannedVersion: number;
  cursor: number;
}

export function readEntityScanState(db: Db): EntityScanState {
  return {
    registryVersion: readInt(db, KEYS.registryVersion),
    scannedVersion: readInt(db, KEYS.scannedVersion),
    cursor: readInt(db, KEYS.cursor),
  };
}

/** Records a registry change: the library needs a new scan from the first article. */
export function bumpRegistryVersion(db: Db): number {
  const version = readInt(db, KEYS.registryVersion) + 1;
  writeValue(db, KEYS.registryVersion, String(version));
  writeValue(db, KEYS.cursor, '0');
  return version;
}

export function writeScanCursor(db: Db, cursor: number): void {
  writeValue(db, KEYS.cursor, String(cursor));
}

export function markScanComplete(db: Db, version: number): void {
  writeValue(db, KEYS.scannedVersion, String(version));
  writeValue(db, KEYS.cursor, '0');
}

export function wasRegistrySeeded(db: Db): boolean {
  return readInt(db, KEYS.seeded) === 1;
}

export function markRegistrySeeded(db: Db): void {
  writeValue(db, KEYS.seeded, '1');
}

/** The next batch of articles after `afterId`, in id order, with their plain text and language. */
export function listArticleTextsAfter(
  db: Db,
  afterId: number,
  limit: number,
): { id: ArticleId; text: string; language: string | null }[] {
  return cachedStatement(
    db,
    'SELECT id, text, language FROM articles WHERE id > @afterId ORDER BY id LIMIT @limit',
  ).all({ afterId, limit }) as {
    id: ArticleId;
    text: string;
    language: string | null;
  }[];
}

export function countArticlesAfter(db: Db, afterId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM articles WHERE id > @afterId').get({ afterId }) as { n: number }).n;
}

/** False once an article was deleted (a re-scan drops the matches it computed for it meanwhile). */
export function articleExists(db: Db, id: ArticleId): boolean {
  return cachedStatement(db, 'SELECT 1 FROM articles WHERE id = @id').get({ id }) !== undefined;
}
