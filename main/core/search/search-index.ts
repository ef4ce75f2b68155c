import type { ArticleId } from '../../../preload/api';
import type { NewArticle } from '../../../db/articles';
import {
  addVocabularyCounts,
  clearSearchIndex,
  hasUnindexedArticles,
  insertSearchDocument,
  listIndexedLanguages,
  listUnindexedArticles,
  type ArticleToIndex,
} from '../../../db/search-index';
import { findEntitiesByAlias, prepareSearchConnection } from '../../../db/search-query';
import type { ArticleLifecycle, NoteLifecycle } from '../kernel/article-hooks';
import { insertSurfaceForms } from '../../../db/search-forms';
import type { CoreContext } from '../kernel/context';
import { analyzeDocument, type AnalyzedDocument } from './analyze';
import { TermAnalyzer, toSearchLanguage, type SearchLanguage } from './languages';
import type { CompileContext } from './query-compiler';
import { Vocabulary } from './vocabulary';
import { ArticleMetaCache } from './article-meta-cache';
import { DocLengths } from './doc-lengths';
import { FacetCache } from './facet-cache';
import { FamilyMembership } from './family-folding';
import { catchUpNotes, forgetArticleTerms, indexNote } from './note-index';
import { writeTransaction } from '../../../db/write-transaction';
import { backfillForms, FormBatch, surfaceFormsOf } from './surface-forms';

const CATCH_UP_BATCH = 500;

/**
 * The search index of one open library: the lunr analyser, the vocabulary and the set of
 * languages in use. One per CoreContext, so the store hook and the handlers share caches.
 */
export class SearchIndex {
  readonly analyzer = new TermAnalyzer();
  readonly vocabulary: Vocabulary;
  readonly meta: ArticleMetaCache;
  readonly facets: FacetCache;
  readonly docLengths: DocLengths;
  /** Who belongs to which family of near copies, for searches that show a family as one row. */
  readonly families: FamilyMembership;
  private languages: Set<SearchLanguage> | undefined;
  private caughtUp = false;

  constructor(readonly ctx: CoreContext) {
    this.vocabulary = new Vocabulary(ctx.db);
    this.meta = new ArticleMetaCache(ctx.db);
    prepareSearchConnection(ctx.db);
    this.facets = new FacetCache(ctx.db);
    this.docLengths = new DocLengths(ctx.db);
    this.families = new FamilyMembership(ctx.db);
  }

  /**
   * Indexes one article; called inside the transaction that stores it. In a batch, its term
   * counts and surface forms are added to the batch's, which the caller writes once.
   */
  indexArticle(
    id: ArticleId,
    article: Pick<NewArticle, 'title' | 'byline' | 'text' | 'language'>,
    batch?: { termCounts: Map<string, number>; forms: FormBatch },
    analyzed?: AnalyzedDocument,
  ): void {
    const language = toSearchLanguage(article.language);
    // An import's parse worker analysed the same fields with the same pipeline (see prepareArticleIndex).
    const doc = analyzed ?? analyzeDocument(this.analyzer, language, article);
    const terms = [...doc.terms];
    insertSearchDocument(
      this.ctx.db,
      id,
      { language, title: doc.title, byline: doc.byline, body: doc.body, terms },
      { countTerms: !batch },
    );
    if (batch) {
      for (const t of terms) batch.termCounts.set(t, (batch.termCounts.get(t) ?? 0) + 1);
      batch.forms.add(doc.forms);
    } else {
      insertSurfaceForms(this.ctx.db, surfaceFormsOf(doc.forms));
    }
    this.languages?.add(language);
    this.vocabulary.noteTerms(doc.terms);
  }

  /** Called by the store hook with the article's own fields. */
  noteStored(id: ArticleId, article: Pick<NewArticle, 'siteName' | 'language' | 'publishedAt'>): void {
    this.meta.add({ id, siteName: article.siteName, language: article.language, publishedAt: article.publishedAt });
  }

  /**
   * Indexes an article again after its metadata was corrected: its old terms were taken back by
   * `forgetArticleTerms` before the edit, its postings are replaced, and the facets' outlet,
   * language and year follow the new values.
   */
  reindexEdited(
    id: ArticleId,
    article: Pick<NewArticle, 'title' | 'byline' | 'text' | 'language' | 'siteName' | 'publishedAt'>,
  ): void {
    this.indexArticle(id, article);
    this.meta.update({ id, siteName: article.siteName, language: article.language, publishedAt: article.publishedAt });
  }

  /**
   * Indexes articles that have no postings yet (a library migrated from schema 1), and records
   * the surface forms of documents indexed before schema 4. Returns how many articles it indexed.
   */
  catchUp(onProgress?: (done: number) => void): number {
    if (this.caughtUp) return 0;
    const { db } = this.ctx;
    let done = 0;
    while (hasUnindexedArticles(db)) {
      const batch: ArticleToIndex[] = listUnindexedArticles(db, CATCH_UP_BATCH);
      // Document frequencies are summed over the batch and written once: far fewer upserts.
      const termCounts = new Map<string, number>();
      const forms = new FormBatch();
      writeTransaction(db, () => {
        for (const a of batch) this.indexArticle(a.id, a, { termCounts, forms });
        addVocabularyCounts(db, termCounts);
        insertSurfaceForms(db, forms.values());
      });
      done += batch.length;
      onProgress?.(done);
    }
    backfillForms(this);
    this.caughtUp = true;
    return done;
  }

  /** Drops the whole index and builds it again from the articles. */
  rebuild(onProgress?: (done: number) => void): number {
    clearSearchIndex(this.ctx.db);
    this.vocabulary.reset();
    this.docLengths.reset();
    this.languages = undefined;
    this.caughtUp = false;
    const articles = this.catchUp(onProgress);
    catchUpNotes(this);
    return articles;
  }

  /** The analysis languages in the library (English when it is empty). */
  listLanguages(): SearchLanguage[] {
    if (!this.languages) this.languages = new Set(listIndexedLanguages(this.ctx.db).map((l) => toSearchLanguage(l)));
    return this.languages.size > 0 ? [...this.languages] : ['en'];
  }

  /** What the query compiler needs, bound to this library. */
  compileContext(): CompileContext {
    return {
      analyzer: this.analyzer,
      languages: this.listLanguages(),
      vocabulary: this.vocabulary,
      findAliasEntities: (text) => findEntitiesByAlias(this.ctx.db, text),
    };
  }
}

/** What search does when an article is stored or deleted, inside that transaction. */
export function searchArticleLifecycle(index: SearchIndex): ArticleLifecycle {
  return {
    onArticleStored(id, article, prepared) {
      index.indexArticle(id, article, undefined, prepared?.search);
      index.noteStored(id, article);
    },
    // Takes the article's terms back out of the vocabulary while its row can still be read.
    onArticleDeleting: (id) => forgetArticleTerms(index, id),
    // A title, byline or language edit changes the article's terms: the old ones go back first.
    onArticleEditing: (id) => forgetArticleTerms(index, id),
    onArticleEdited: (id, article) => index.reindexEdited(id, article),
    // OCR read more of a scan: its old terms go back, its new text is indexed at once.
    onArticleTextReplacing: (id) => forgetArticleTerms(index, id),
    onArticleTextReplaced: (id, article) => index.reindexEdited(id, article),
  };
}

/** What search does when a note is saved or deleted, inside that transaction. */
export function searchNoteLifecycle(index: SearchIndex): NoteLifecycle {
  return {
    // Re-indexes only the note (never its article), at autosave rate.
    onNoteSaved: (id) => indexNote(index, id),
    onNoteDeleted: () => index.vocabulary.noteRemovals(),
  };
}
