import { describe, expect, it } from 'vitest';
import { openLibrary } from './open';

/** The plan SQLite picks for the network's node query, as one string. */
function planOfNodes(): string {
  const db = openLibrary(':memory:');
  try {
    return (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT DISTINCT entity_id, article_id FROM mentions
           WHERE @all = 1 OR article_id IN (SELECT value FROM json_each(@ids))`,
        )
        .all({ all: 1, ids: '[]' }) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
  } finally {
    db.close();
  }
}

describe('entity network queries', () => {
  it('read the distinct (entity, article) pairs from a covering mentions index, never the table', () => {
    expect(planOfNodes()).toMatch(/COVERING INDEX (mentions_by_entity|search_mentions_by_article_entity)/);
  });
});
