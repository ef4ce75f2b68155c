import { listArticleFacetMeta, type ArticleFacetMeta } from '../../db/search-query';
import type { Db } from '../../db/open';

/** Counts of one facet: value -> number of hits. */
export type FacetCounts = Map<string, number>;

/**
 * Outlet, language and year of every article, in typed arrays indexed by article id. These
 * fields never change once an article is stored (nothing updates them), so counting them for
 * tens of thousands of hits is a loop over arrays instead of as many index lookups.
 */
export class ArticleMetaCache {
  private loaded = false;
  private readonly values = { site: new ValueTable(), language: new ValueTable(), year: new ValueTable() };
  private site: Int32Array = new Int32Array(1024);
  private language: Int32Array = new Int32Array(1024);
  private year: Int32Array = new Int32Array(1024);

  constructor(private readonly db: Db) {}

  /** Records a newly stored article (no-op until the cache is first used). */
  add(meta: ArticleFacetMeta): void {
    if (this.loaded) this.set(meta);
  }

  /** Outlet, language and year counts over some article ids. */
  count(ids: readonly number[]): { sites: FacetCounts; languages: FacetCounts; years: FacetCounts } {
    this.load();
    const tally = (column: Int32Array, table: ValueTable): FacetCounts => {
      const counts = new Int32Array(table.size + 1);
      for (const id of ids) if (id < column.length) counts[column[id]!]!++;
      const out: FacetCounts = new Map();
      for (let v = 1; v < counts.length; v++) if (counts[v]! > 0) out.set(table.valueOf(v), counts[v]!);
      return out;
    };
    return {
      sites: tally(this.site, this.values.site),
      languages: tally(this.language, this.values.language),
      years: tally(this.year, this.values.year),
    };
  }

  private load(): void {
    if (this.loaded) return;
    for (const meta of listArticleFacetMeta(this.db)) this.set(meta);
    this.loaded = true;
  }

  private set(meta: ArticleFacetMeta): void {
    if (meta.id >= this.site.length) {
      const size = Math.max(meta.id + 1, this.site.length * 2);
      this.site = grow(this.site, size);
      this.language = grow(this.language, size);
      this.year = grow(this.year, size);
    }
    this.site[meta.id] = this.values.site.codeOf(meta.siteName);
    this.language[meta.id] = this.values.language.codeOf(meta.language);
    this.year[meta.id] = this.values.year.codeOf(meta.publishedAt ? meta.publishedAt.slice(0, 4) : null);
  }
}

/** Interns strings as small positive codes; 0 stands for "none". */
class ValueTable {
  private readonly codes = new Map<string, number>();
  private readonly list: string[] = [''];

  get size(): number {
    return this.list.length - 1;
  }

  codeOf(value: string | null): number {
    if (!value) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.list.length;
      this.list.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  valueOf(code: number): string {
    return this.list[code]!;
  }
}

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
