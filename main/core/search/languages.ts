import lunr from 'lunr';
import { detachedCopy } from '../kernel/detached-string';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import da from 'lunr-languages/lunr.da.js';
import de from 'lunr-languages/lunr.de.js';
import es from 'lunr-languages/lunr.es.js';
import fi from 'lunr-languages/lunr.fi.js';
import fr from 'lunr-languages/lunr.fr.js';
import hu from 'lunr-languages/lunr.hu.js';
import it from 'lunr-languages/lunr.it.js';
import nl from 'lunr-languages/lunr.nl.js';
import no from 'lunr-languages/lunr.no.js';
import pt from 'lunr-languages/lunr.pt.js';
import ro from 'lunr-languages/lunr.ro.js';
import ru from 'lunr-languages/lunr.ru.js';
import sv from 'lunr-languages/lunr.sv.js';
import tr from 'lunr-languages/lunr.tr.js';

/** Languages with a stemmer and stop words; any other article is analysed as English. */
export const SEARCH_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'da',
  'fi',
  'hu',
  'no',
  'ro',
  'sv',
  'tr',
] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

type PipelineFn = (token: lunr.Token) => lunr.Token | undefined | null;
interface LanguagePipeline {
  stopWordFilter: PipelineFn;
  stemmer: PipelineFn;
}

let pipelines: Map<SearchLanguage, LanguagePipeline> | undefined;

/** Registers lunr-languages once (they mutate the lunr object) and collects each language's stages. */
function loadPipelines(): Map<SearchLanguage, LanguagePipeline> {
  if (pipelines) return pipelines;
  const l = lunr as unknown as Record<string, unknown> & { stemmer: PipelineFn; stopWordFilter: PipelineFn };
  stemmerSupport(l);
  for (const plugin of [da, de, es, fi, fr, hu, it, nl, no, pt, ro, ru, sv, tr]) plugin(l);
  const map = new Map<SearchLanguage, LanguagePipeline>();
  map.set('en', { stopWordFilter: l.stopWordFilter, stemmer: l.stemmer });
  for (const code of SEARCH_LANGUAGES) {
    if (code === 'en') continue;
    const lang = l[code] as LanguagePipeline | undefined;
    if (!lang?.stemmer || !lang.stopWordFilter) throw new Error(`lunr-languages lacks a pipeline for "${code}"`);
    map.set(code, { stopWordFilter: lang.stopWordFilter, stemmer: lang.stemmer });
  }
  pipelines = map;
  return map;
}

/** Maps a BCP 47 tag ("fr-CA", "pt-BR", "nb") to the pipeline that analyses it. */
export function toSearchLanguage(tag: string | null | undefined): SearchLanguage {
  if (!tag) return 'en';
  let base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (base === 'nb' || base === 'nn') base = 'no';
  return (SEARCH_LANGUAGES as readonly string[]).includes(base) ? (base as SearchLanguage) : 'en';
}

/** Lower case, then accents and other combining marks removed ("États" -> "etats"). */
export function foldCase(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII has nothing to fold.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

const MEMO_LIMIT = 200_000;

/** What the analyser makes of one word. */
export interface WordAnalysis {
  /** The index term, or null for a stop word. */
  term: string | null;
  /**
   * The word as written, lower case and accents folded, when its term does not start with it
   * ("accelerators", whose term is "acceler"), else null: prefix queries match such forms
   * beside the terms (see analyze.ts and db/search-forms.ts).
   */
  form: string | null;
}

/**
 * Turns words into index terms with a language's lunr pipeline: lower case, stop word filter,
 * stemmer, then accent folding (after stemming, because the stemmers know their accents).
 * Results are memoised per language: news text repeats its words, and snippets re-analyse the
 * top hits on every query.
 */
export class TermAnalyzer {
  private readonly memo = new Map<SearchLanguage, Map<string, WordAnalysis>>();

  /** The index term for one word, or null for a stop word. */
  termOf(word: string, language: SearchLanguage): string | null {
    return this.analyzeWord(word, language).term;
  }

  /** One word's term and, for the indexer, its written form (see WordAnalysis), memoised. */
  analyzeWord(word: string, language: SearchLanguage): WordAnalysis {
    let cache = this.memo.get(language);
    if (!cache) {
      cache = new Map();
      this.memo.set(language, cache);
    }
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    // The memo outlives the article: it keeps its own copy of the word, never a slice of the text.
    const own = detachedCopy(word);
    const term = this.analyze(own, language);
    let form: string | null = null;
    if (term !== null) {
      const folded = foldCase(own);
      if (!term.startsWith(folded)) form = folded;
    }
    const analysis = { term, form };
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(own, analysis);
    return analysis;
  }

  private analyze(word: string, language: SearchLanguage): string | null {
    const pipeline = loadPipelines().get(language)!;
    const lower = word.toLowerCase();
    const token = new lunr.Token(lower, {});
    if (!pipeline.stopWordFilter(token)) return null;
    const stemmed = pipeline.stemmer(token);
    const term = foldCase(stemmed ? stemmed.toString() : lower);
    return term.length > 0 ? term : null;
  }
}
