import { describe, expect, it } from 'vitest';
import { ARTICLE_ENTITIES_SQL, NODES_SQL } from './entities-network';
import { openLibrary } from './open';

const PARAMS = { ids: '[1,2,3]', entityIds: '[1,2]', anyType: 1, types: '[]', limit: 150 };

/** The plan SQLite picks for one of the network's statements, as one string. */
function planOf(sql: string): string {
  const db = openLibrary(':memory:');
  try {
    const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    const used = Object.fromEntries(Object.entries(PARAMS).filter(([k]) => sql.includes(`@${k}`)));
    return (stmt.all(used) as { detail: string }[]).map((r) => r.detail).join(' | ');
  } finally {
    db.close();
  }
}

describe('entity network queries', () => {
  it('count the whole library from a covering mentions index in its order, without a sort', () => {
    const plan = planOf(NODES_SQL.all);
    expect(plan).toMatch(/SCAN mentions USING COVERING INDEX mentions_by_entity/);
    expect(plan).not.toMatch(/SCAN mentions (?!USING)/);
  });

  it('start a tag or a search from its article ids, never scanning the library', () => {
    for (const sql of [NODES_SQL.ids, ARTICLE_ENTITIES_SQL.ids]) {
      const plan = planOf(sql);
      expect(plan).toMatch(/SEARCH mentions USING COVERING INDEX search_mentions_by_article_entity \(article_id=\?\)/);
      expect(plan).not.toMatch(/SCAN mentions/);
    }
  });

  it("read the whole library's article lists in article order from a covering index, without a sort", () => {
    const plan = planOf(ARTICLE_ENTITIES_SQL.all);
    expect(plan).toMatch(/SCAN mentions USING COVERING INDEX search_mentions_by_article_entity/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
