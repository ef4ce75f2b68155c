import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * What "the library is intact" means for the suite, read from the schema (db/migrations):
 * SQLite's own integrity and foreign-key checks, and the pairs the code keeps in one
 * transaction: an article and its source, an article and its search postings, mentions and
 * search rows only for articles that exist. Any count above zero is a finding.
 */
export interface LibraryCheck {
  ok: boolean;
  articles: number;
  problems: string[];
}

const ORPHAN_QUERIES: Record<string, string> = {
  'articles without their source':
    'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = a.source_id)',
  'sources without an article':
    'SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)',
  'articles without search postings':
    'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)',
  'search rows without an article':
    'SELECT count(*) FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)',
  'full-text postings without an article':
    'SELECT count(*) FROM search_fts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.rowid)',
  'mentions without an article':
    'SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)',
  'mentions without an entity':
    'SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)',
  'note search rows without a note':
    'SELECT count(*) FROM search_note_docs d WHERE NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = d.note_id)',
  'notes without search rows':
    'SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM search_note_docs d WHERE d.note_id = n.id)',
};

/** Opens the library read-write (as the app would, so a hot journal is recovered) and checks it. */
export function checkLibrary(path: string): LibraryCheck {
  if (!existsSync(path)) return { ok: false, articles: 0, problems: ['the library file is gone'] };
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 10_000 });
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const verdict = integrity.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') problems.push(`integrity_check: ${verdict.slice(0, 300)}`);
    const foreign = db.pragma('foreign_key_check') as unknown[];
    if (foreign.length) problems.push(`foreign_key_check: ${foreign.length} rows`);
    const tables = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','view')").pluck().all() as string[],
    );
    for (const [what, sql] of Object.entries(ORPHAN_QUERIES)) {
      const named = [...sql.matchAll(/(?:FROM|EXISTS \(SELECT 1 FROM) (\w+)/g)].map((m) => m[1]!);
      if (!named.every((t) => tables.has(t))) continue; // an older schema without that table
      const count = db.prepare(sql).pluck().get() as number;
      if (count > 0) problems.push(`${count} ${what}`);
    }
    const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    return { ok: problems.length === 0, articles, problems };
  } catch (err) {
    return { ok: false, articles: 0, problems: [`cannot open: ${(err as Error).message}`] };
  } finally {
    db?.close();
  }
}

/** Reads one value from a library (tests and parts that check what was kept). */
export function queryLibrary<T>(path: string, sql: string, params: unknown[] = []): T[] {
  const db = new Database(path, { fileMustExist: true, timeout: 10_000 });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
