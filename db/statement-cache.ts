import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Enough for every fixed statement and the query shapes a session uses; then it starts afresh. */
const MAX_STATEMENTS = 500;
const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Hot paths (a search runs about a dozen
 * statements per query; an entity re-scan a handful per article, thousands of times) spent more
 * time compiling than running. Queries with filters build their SQL from fixed fragments, so one
 * entry serves every query of the same shape (the user's words are bound parameters). Each SQL
 * text is used from one place only, so a statement's pluck mode never changes between uses.
 */
export function cachedStatement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
