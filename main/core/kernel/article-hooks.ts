import type { ArticleId, NoteId } from '../../../preload/api';
import type { NewArticle, StoredArticle } from '../../../db/articles';
import type { PrecomputedEntityMatches } from '../entities/prematch';
import type { AnalyzedDocument } from '../search/analyze';
import type { Fingerprint } from '../families/fingerprint';

/**
 * Work already done for an article off the main thread (by the import's parse workers), which a
 * hook may use instead of doing it again inside the transaction. Each field is optional: a hook
 * does the work itself when it is missing or stale.
 */
export interface PreparedArticleWork {
  entities?: PrecomputedEntityMatches;
  /** The article's title, byline and text as index terms (a pure function of those fields and its language). */
  search?: AnalyzedDocument;
  /** The text's near-copy fingerprint (a pure function of its text and language). */
  families?: Fingerprint;
  /** The text's duplicate hash (`normalizedTextHash` of its text), which storing compares with the library's. */
  textHash?: string;
}

/** What one capability does inside the transaction that stores or deletes an article. */
export interface ArticleLifecycle {
  /** Runs after the article's row is written; a throw rolls the whole article back. */
  onArticleStored?(id: ArticleId, article: NewArticle, prepared?: PreparedArticleWork): void;
  /** Runs before the article's row is deleted, while it can still be read. */
  onArticleDeleting?(id: ArticleId): void;
  /** Runs before a reporter's metadata correction is written, while the old values can still be read. */
  onArticleEditing?(id: ArticleId): void;
  /** Runs after the correction is written, with the article as it now is; a throw rolls the edit back. */
  onArticleEdited?(id: ArticleId, article: StoredArticle): void;
  /** Runs before an article's body is replaced (OCR read more pages), while the old text can still be read. */
  onArticleTextReplacing?(id: ArticleId): void;
  /** Runs after the new body is written, with the article as it now is; a throw rolls the page back. */
  onArticleTextReplaced?(id: ArticleId, article: StoredArticle): void;
}

/**
 * The article hooks of one open core, in the order the kernel installed them (see
 * assemble-core.ts for the order and why). Installed once; storeArticle and deleteArticle run
 * them, so no capability reaches another's internals to be told about an article.
 */
export class ArticleHooks {
  private steps: readonly ArticleLifecycle[] | null = null;

  /** Called once by the kernel with every capability's lifecycle, in the order they must run. */
  install(steps: readonly ArticleLifecycle[]): void {
    if (this.steps !== null) throw new Error('Article hooks are installed once, by the kernel.');
    this.steps = Object.freeze([...steps]);
  }

  runStored(id: ArticleId, article: NewArticle, prepared?: PreparedArticleWork): void {
    for (const step of this.installed()) step.onArticleStored?.(id, article, prepared);
  }

  runDeleting(id: ArticleId): void {
    for (const step of this.installed()) step.onArticleDeleting?.(id);
  }

  runEditing(id: ArticleId): void {
    for (const step of this.installed()) step.onArticleEditing?.(id);
  }

  runEdited(id: ArticleId, article: StoredArticle): void {
    for (const step of this.installed()) step.onArticleEdited?.(id, article);
  }

  runTextReplacing(id: ArticleId): void {
    for (const step of this.installed()) step.onArticleTextReplacing?.(id);
  }

  runTextReplaced(id: ArticleId, article: StoredArticle): void {
    for (const step of this.installed()) step.onArticleTextReplaced?.(id, article);
  }

  private installed(): readonly ArticleLifecycle[] {
    if (this.steps === null) throw new Error('An article was stored before the core was assembled.');
    return this.steps;
  }
}

/**
 * What notes tell the capability that indexes them (search), inside the note's transaction.
 * Handed to the research capability by the kernel, so notes never reach search's internals.
 */
export interface NoteLifecycle {
  onNoteSaved(id: NoteId): void;
  /** After a note row is gone (its postings went by trigger). */
  onNoteDeleted(): void;
}
