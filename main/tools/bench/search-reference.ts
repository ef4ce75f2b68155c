import Database from 'better-sqlite3';
import type { BenchArticle } from '../../test-support/search-corpus';
import type { BenchQuery } from './search-queries';

/** The reference's tokenizers: the stock one the issue names, and the same with FTS5's English stemmer. */
export const REFERENCE_TOKENIZERS = {
  plain: 'unicode61 remove_diacritics 2',
  /**
   * Porter stemming, as Dossier stems English: "relies" then finds relied, rely and reliance too
   * (1,041 articles at 50k instead of 121). Reported beside the plain reference so a rare word's
   * cost can be compared on the same hits.
   */
  stemmed: 'porter unicode61 remove_diacritics 2',
} as const;

/**
 * The plain-FTS5 reference the issue asks for: the same articles in an FTS5 table with the
 * stock tokenizer (unicode61, remove_diacritics 2), ranked by bm25, snippets by snippet().
 */
export class ReferenceIndex {
  private readonly db: Database.Database;

  constructor(path: string, tokenizer: string = REFERENCE_TOKENIZERS.plain) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // The tokenizer is one of REFERENCE_TOKENIZERS (constants), never user input.
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ref_fts USING fts5(
      title, body, tags UNINDEXED, published UNINDEXED, tokenize = '${tokenizer}')`);
  }

  /** Adds articles in one transaction. */
  add(articles: BenchArticle[]): void {
    const insert = this.db.prepare('INSERT INTO ref_fts (title, body, tags, published) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const a of articles) insert.run(a.title, a.text, `|${a.tags.join('|')}|`, a.publishedAt);
    })();
  }

  /** Bytes of the index proper (postings and structure; the stored text excluded). */
  indexBytes(): number {
    const row = this.db
      .prepare(
        "SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name IN ('ref_fts_data', 'ref_fts_idx', 'ref_fts_docsize', 'ref_fts_config')",
      )
      .get() as { b: number };
    return row.b;
  }

  /** Runs a query as a plain-FTS5 app would: the total, and the top 20 with snippets. */
  run(q: NonNullable<BenchQuery['ref']>): number {
    const filter = `(@tag IS NULL OR instr(tags, '|' || @tag || '|') > 0) AND (@from IS NULL OR published >= @from) AND (@to IS NULL OR published < @to)`;
    const params = { match: q.match, tag: q.tag ?? null, from: q.from ?? null, to: q.to ?? null };
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM ref_fts WHERE ref_fts MATCH @match AND ${filter}`).get(params) as {
        n: number;
      }
    ).n;
    this.db
      .prepare(
        `SELECT rowid, title, published, snippet(ref_fts, 1, '<mark>', '</mark>', '…', 32) AS snippet
         FROM ref_fts WHERE ref_fts MATCH @match AND ${filter} ORDER BY rank LIMIT 20`,
      )
      .all(params);
    return total;
  }

  close(): void {
    this.db.close();
  }
}
