import type { ArticleId } from '../../../preload/api';
import { findDuplicateArticle, insertArticle, type NewArticle } from '../../../db/articles';
import { findArticleBySourceSha256, insertSource } from '../../../db/sources';
import { addTagToArticle, ensureTag } from '../../../db/tags';
import type { CoreContext } from '../kernel/context';
import type { PreparedArticleWork } from '../kernel/article-hooks';
import { writeTransaction } from '../../../db/write-transaction';
import { normalizedTextHash, sha256Hex } from './text-hash';

export interface ArticleToStore {
  article: Omit<NewArticle, 'textHash'>;
  /** `sha256`: the content's, when the caller has already hashed it (an import does, to spot copies in a batch). */
  source: { fileName: string; content: Buffer; sha256?: string };
  tags?: string[];
  /**
   * Replaces the same-text and same-URL duplicate check (the same bytes are always a duplicate).
   * E-mails use their Message-ID: two different short mails ("Thanks!") share a text, not an identity.
   */
  findDuplicate?: () => ArticleId | undefined;
  /** Runs inside the article's transaction once it is stored (provenance links, mail headers). */
  afterStore?: (id: ArticleId) => void;
  /** Work a parse worker already did for this article (entity matches, its text hash), handed to the hooks. */
  prepared?: PreparedArticleWork;
}

export type StoreOutcome = { status: 'imported'; id: ArticleId } | { status: 'duplicate'; duplicateOf: ArticleId };

/**
 * Stores one article with its source in a single transaction: either everything (source,
 * article, tags, index, mentions) is written, or nothing is. Duplicates (same bytes, same
 * canonical URL, same normalized text) are reported and nothing is stored.
 */
export function storeArticle(ctx: CoreContext, input: ArticleToStore): StoreOutcome {
  const { db } = ctx;
  const sha256 = input.source.sha256 ?? sha256Hex(input.source.content);
  // A scan waiting for OCR has no text yet: its hash is its file's, or every pending scan would be
  // a "duplicate" of the first. The hash becomes the text's once OCR has read it.
  const pendingScan = input.article.ocrPlan !== undefined && input.article.text.trim() === '';
  const article: NewArticle = {
    ...input.article,
    textHash: pendingScan
      ? `ocr-pending:${sha256}`
      : (input.prepared?.textHash ?? normalizedTextHash(input.article.text)),
  };
  return writeTransaction(db, (): StoreOutcome => {
    const sameFile = findArticleBySourceSha256(db, sha256);
    if (sameFile !== undefined) return { status: 'duplicate', duplicateOf: sameFile };
    const sameArticle = input.findDuplicate
      ? input.findDuplicate()
      : findDuplicateArticle(db, { canonicalUrl: article.canonicalUrl, textHash: article.textHash });
    if (sameArticle !== undefined) return { status: 'duplicate', duplicateOf: sameArticle };

    const now = ctx.now();
    const sourceId = insertSource(db, {
      sha256,
      fileName: input.source.fileName,
      content: input.source.content,
      importedAt: now,
    });
    const id = insertArticle(db, sourceId, article, now);
    for (const tag of input.tags ?? []) addTagToArticle(db, id, ensureTag(db, tag, now));
    input.afterStore?.(id);
    ctx.articleHooks.runStored(id, article, input.prepared);
    return { status: 'imported', id };
  });
}
