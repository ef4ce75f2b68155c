import type { ArticleLifecycle } from '../kernel/article-hooks';
import type { FamilyIndex } from './family-index';

/**
 * What families do when an article is stored, deleted or corrected, inside that transaction: a
 * stored article is fingerprinted and joins its near copies; a deleted one leaves its family
 * (which dissolves, splits or re-elects its origin); a corrected date may change the origin.
 */
export function familiesArticleLifecycle(index: FamilyIndex): ArticleLifecycle {
  return {
    // The import's parse workers fingerprint off the main thread; other stores do it here.
    onArticleStored(id, article, prepared) {
      index.addArticle(id, prepared?.families ?? index.fingerprint(article.text, article.language));
    },
    onArticleDeleting(id) {
      index.removeArticle(id);
    },
    onArticleEdited(id) {
      index.noteEdited(id);
    },
    // OCR read more of a scan: it leaves its family by its old text and joins by its new one.
    onArticleTextReplacing(id) {
      index.removeArticle(id);
    },
    onArticleTextReplaced(id, article) {
      index.addArticle(id, index.fingerprint(article.text, article.language));
    },
  };
}
