import { foldForMatching, isWordUnit } from './text-fold';

/**
 * A watch-list query: words and "quoted phrases", all of which must appear in the article
 * (case-insensitively, on word edges). Deliberately simpler than the search language, because it
 * runs on every imported article inside the import's transaction.
 */
export class WatchQuery {
  readonly terms: string[];

  constructor(readonly source: string) {
    const terms: string[] = [];
    for (const m of source.matchAll(/"([^"]+)"|(\S+)/gu)) {
      const term = foldForMatching((m[1] ?? m[2] ?? '').trim());
      if (term.length > 0) terms.push(term);
    }
    this.terms = terms;
  }

  /** True when every term occurs in the folded text. */
  matches(foldedText: string): boolean {
    return this.terms.length > 0 && this.terms.every((t) => containsWord(foldedText, t));
  }
}

function containsWord(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    const after = i + term.length < text.length ? text.charCodeAt(i + term.length) : 32;
    const leftOk = !isWordUnit(term.charCodeAt(0)) || !isWordUnit(before);
    const rightOk = !isWordUnit(term.charCodeAt(term.length - 1)) || !isWordUnit(after);
    if (leftOk && rightOk) return true;
  }
  return false;
}
