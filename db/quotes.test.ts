import { describe, expect, it } from 'vitest';
import { openLibrary } from './open';
import { QUOTES_OF_ARTICLE_SQL } from './quotes';

describe('quotes queries', () => {
  it('reads the quotes of one article through quotes_by_article', () => {
    const db = openLibrary(':memory:');
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${QUOTES_OF_ARTICLE_SQL}`).all({ articleId: 1 }) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX quotes_by_article/);
    db.close();
  });
});
