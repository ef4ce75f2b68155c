import { listArticleFacetMeta, type ArticleFacetMeta } from '../../../db/search-query';
import type { Db } from '../../../db/open';
import { countOncePerFamily } from './facet-cache';

/** Counts of one facet: value -> number of hits. */
export type FacetCounts = Map<string, number>;

/**
 * Outlet, language and year of every article, in typed arrays indexed by article id, so counting
 * them for tens of thousands of hits is a loop over arrays instead of as many index lookups.
 * They change only when a reporter corrects an article (`update`) or another process writes to
 * the library (`invalidate`, from the search's data_version check).
 */
export class ArticleMetaCache {
  private loaded = false;
  private readonly values = { site: new ValueTable(), language: new ValueTable(), year: new ValueTable() };
  /**
   * Outlet, language and year codes of article `id` at [id * 3], [id * 3 + 1], [id * 3 + 2]: side
   * by side, so counting a hit reads one place in memory rather than three.
   */
  private codes: Int32Array = new Int32Array(3 * 1024);

  constructor(private readonly db: Db) {}

  /** Records a newly stored article (no-op until the cache is first used). */
  add(meta: ArticleFacetMeta): void {
    if (this.loaded) this.set(meta);
  }

  /** Records an article's corrected outlet, language or date (no-op until the cache is first used). */
  update(meta: ArticleFacetMeta): void {
    if (this.loaded) this.set(meta);
  }

  /** Forgets everything: another connection wrote (it may have imported or corrected articles). */
  invalidate(): void {
    if (!this.loaded) return;
    this.loaded = false;
    this.codes.fill(0);
  }

  /** Outlet, language and year counts over some article ids. */
  count(
    ids: readonly number[],
    families?: Int32Array,
  ): { sites: FacetCounts; languages: FacetCounts; years: FacetCounts } {
    this.load();
    const { codes, values } = this;
    const sites = new Int32Array(values.site.size + 1);
    const languages = new Int32Array(values.language.size + 1);
    const years = new Int32Array(values.year.size + 1);
    const known = codes.length / 3;
    if (families) {
      // A family counts once per outlet, language and year its members have (see countOncePerFamily).
      const valuesAt = (offset: number) => (id: number) => (id < known ? [codes[id * 3 + offset]!] : []);
      countOncePerFamily(ids, families, sites, valuesAt(0));
      countOncePerFamily(ids, families, languages, valuesAt(1));
      countOncePerFamily(ids, families, years, valuesAt(2));
    } else {
      for (const id of ids) {
        if (id >= known) continue;
        const at = id * 3;
        sites[codes[at]!]!++;
        languages[codes[at + 1]!]!++;
        years[codes[at + 2]!]!++;
      }
    }
    const toMap = (counts: Int32Array, table: ValueTable): FacetCounts => {
      const out: FacetCounts = new Map();
      for (let v = 1; v < counts.length; v++) if (counts[v]! > 0) out.set(table.valueOf(v), counts[v]!);
      return out;
    };
    return {
      sites: toMap(sites, values.site),
      languages: toMap(languages, values.language),
      years: toMap(years, values.year),
    };
  }

  private load(): void {
    if (this.loaded) return;
    for (const meta of listArticleFacetMeta(this.db)) this.set(meta);
    this.loaded = true;
  }

  private set(meta: ArticleFacetMeta): void {
    if (meta.id * 3 >= this.codes.length) {
      const grown = new Int32Array(Math.max((meta.id + 1) * 3, this.codes.length * 2));
      grown.set(this.codes);
      this.codes = grown;
    }
    const at = meta.id * 3;
    this.codes[at] = this.values.site.codeOf(meta.siteName);
    this.codes[at + 1] = this.values.language.codeOf(meta.language);
    this.codes[at + 2] = this.values.year.codeOf(meta.publishedAt ? meta.publishedAt.slice(0, 4) : null);
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
