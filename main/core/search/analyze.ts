import { cjkTerms, tokenizeText } from './tokenize';
import type { SearchLanguage, TermAnalyzer } from './languages';

/** The index form of one article: its fields as space-separated terms, and its distinct terms. */
export interface AnalyzedDocument {
  title: string;
  byline: string;
  body: string;
  /** Distinct non-CJK terms, for the vocabulary that fuzzy and prefix queries expand against. */
  terms: Set<string>;
}

/** Runs the article's language pipeline over its title, byline and text. */
export function analyzeDocument(
  analyzer: TermAnalyzer,
  language: SearchLanguage,
  fields: { title: string; byline: string | null; text: string },
): AnalyzedDocument {
  const terms = new Set<string>();
  return {
    title: analyzeField(analyzer, language, fields.title, terms),
    byline: analyzeField(analyzer, language, fields.byline ?? '', terms),
    body: analyzeField(analyzer, language, fields.text, terms),
    terms,
  };
}

function analyzeField(analyzer: TermAnalyzer, language: SearchLanguage, text: string, terms: Set<string>): string {
  const out: string[] = [];
  for (const token of tokenizeText(text)) {
    if (token.cjk) {
      for (const t of cjkTerms(token.word)) out.push(t);
      continue;
    }
    const term = analyzer.termOf(token.word, language);
    if (term === null) continue;
    out.push(term);
    terms.add(term);
  }
  return out.join(' ');
}
