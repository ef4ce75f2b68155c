import { describe, expect, it } from 'vitest';
import { openLibrary } from './open';

/** The plan SQLite picks for a query, as one string. */
function planOf(sql: string): string {
  const db = openLibrary(':memory:');
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ articleId: 1, entityId: 1 }) as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
  } finally {
    db.close();
  }
}

describe('hot mention queries', () => {
  it("reads an article's mentions (every import and re-scan) through mentions_by_article", () => {
    expect(planOf('SELECT id, entity_id, start, end, alias FROM mentions WHERE article_id = @articleId')).toContain(
      'mentions_by_article',
    );
  });

  it("finds an entity's articles (entity page, co-occurrence) through mentions_by_entity", () => {
    expect(planOf('SELECT DISTINCT article_id FROM mentions WHERE entity_id = @entityId')).toContain(
      'mentions_by_entity',
    );
  });
});
