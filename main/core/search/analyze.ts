import { cjkTerms, tokenizeText } from './tokenize';
import { foldCase, type SearchLanguage, type TermAnalyzer } from './languages';

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
  const seen = new Set<string>();
  const sink = { terms, forms, seen };
  return {
    title: analyzeField(analyzer, language, fields.title, sink),
    byline: analyzeField(analyzer, language, fields.byline ?? '', sink),
    body: analyzeField(analyzer, language, fields.text, sink),
    terms,
    forms,
  };
}

/** What one document's fields add up to; `seen` holds the words already looked at, as written. */
interface DocumentSink {
  terms: Set<string>;
  forms: Map<string, string>;
  seen: Set<string>;
}

function analyzeField(analyzer: TermAnalyzer, language: SearchLanguage, text: string, sink: DocumentSink): string {
  const out: string[] = [];
  for (const token of tokenizeText(text)) {
    if (token.cjk) {
      for (const t of cjkTerms(token.word)) out.push(t);
      continue;
    }
    const term = analyzer.termOf(token.word, language);
    if (term === null) continue;
    out.push(term);
    if (sink.seen.has(token.word)) continue;
    sink.seen.add(token.word);
    sink.terms.add(term);
    const form = foldCase(token.word);
    if (!term.startsWith(form)) sink.forms.set(form, term);
  }
  return out.join(' ');
}
