import { cjkTerms, tokenizeText } from './tokenize';
import { TermAnalyzer, toSearchLanguage, type SearchLanguage } from './languages';

/** The index form of one article: its fields as space-separated terms, and its distinct terms. */
export interface AnalyzedDocument {
  title: string;
  byline: string;
  body: string;
  /** Distinct non-CJK terms, for the vocabulary that fuzzy and prefix queries expand against. */
  terms: Set<string>;
  /**
   * The words as written (lower case, accents folded) whose stem does not start with them, each
   * with its stem: prefix queries match these, as a reporter types words, not stems.
   */
  forms: Map<string, string>;
}

/** Runs the article's language pipeline over its title, byline and text. */
export function analyzeDocument(
  analyzer: TermAnalyzer,
  language: SearchLanguage,
  fields: { title: string; byline: string | null; text: string },
): AnalyzedDocument {
  const terms = new Set<string>();
  const forms = new Map<string, string>();
  return {
    title: analyzeField(analyzer, language, fields.title, terms, forms),
    byline: analyzeField(analyzer, language, fields.byline ?? '', terms, forms),
    body: analyzeField(analyzer, language, fields.text, terms, forms),
    terms,
    forms,
  };
}

function analyzeField(
  analyzer: TermAnalyzer,
  language: SearchLanguage,
  text: string,
  terms: Set<string>,
  forms: Map<string, string>,
): string {
  const out: string[] = [];
  for (const token of tokenizeText(text)) {
    if (token.cjk) {
      for (const t of cjkTerms(token.word)) out.push(t);
      continue;
    }
    const { term, form } = analyzer.analyzeWord(token.word, language);
    if (term === null) continue;
    out.push(term);
    terms.add(term);
    if (form !== null) forms.set(form, term);
  }
  return out.join(' ');
}

let workerAnalyzer: TermAnalyzer | undefined;

/** The parse worker's one analyser: search terms and family fingerprints share its memo of stemmed words. */
export function workerTermAnalyzer(): TermAnalyzer {
  workerAnalyzer ??= new TermAnalyzer();
  return workerAnalyzer;
}

/**
 * What the search hook would compute for an article, computed by an import's parse worker so
 * that storing the article only writes it. Same analyser, same fields, same result.
 */
export function prepareArticleIndex(fields: {
  title: string;
  byline: string | null;
  text: string;
  language: string | null;
}): AnalyzedDocument {
  return analyzeDocument(workerTermAnalyzer(), toSearchLanguage(fields.language), fields);
}
