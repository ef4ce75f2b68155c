import { useTranslation } from 'react-i18next';
import type { ArticleEntity, ArticleId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import type { OpenedArticle } from '../app/view-state';
import { EmptyState } from '../ui/empty-state';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { formatDate } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { EntityChips } from './entity-chips';
import { ReaderBody } from './reader-body';
import { ReaderInfo } from './reader-info';
import { ReaderProvenance } from './reader-provenance';
import { ReaderResearch } from '../research/reader-research';
import { FamilyPanel } from '../families/family-panel';
import { ReaderTags } from '../research/reader-tags';
import { useArticleQuotes } from '../research/use-article-quotes';
import { MentionToggle, useMentionHighlighting } from '../entities/use-mention-highlighting';
import { OcrPages } from '../ocr/ocr-pages';

const NO_TERMS: readonly string[] = [];

/** The reading pane: one article, typeset for reading, with its tags, entities and provenance. */
export function Reader({
  opened,
  libraryVersion,
  onPickTag,
  onPickEntity,
  onOpenArticle,
}: {
  opened: OpenedArticle | null;
  libraryVersion: number;
  onPickTag: (tag: string) => void;
  onPickEntity: (entity: ArticleEntity) => void;
  /** Opens another document: the message a file was attached to, an attachment, a message of the thread. */
  onOpenArticle?: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const id = opened?.id ?? null;
  const state = useAsync(
    () => (id === null ? Promise.resolve(null) : client.getArticle({ id })),
    [client, id, libraryVersion],
  );
  const quotes = useArticleQuotes(id, libraryVersion);
  const highlighting = useMentionHighlighting(id, libraryVersion);

  if (id === null) {
    return (
      <div className="reader reader--empty" data-testid="reader-empty">
        <EmptyState title={t('reader.nothingOpen')} hint={t('reader.nothingOpenHint')} />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="reader" data-testid="reader">
        <ErrorBanner title={t('reader.openFailed')} message={state.error} onRetry={state.reload} />
      </div>
    );
  }
  const article = state.value;
  if (!article || article.id !== id) {
    return (
      <div className="reader" data-testid="reader">
        <Loading label={t('reader.opening')} />
      </div>
    );
  }

  const body = {
    html: article.html,
    language: article.language,
    quotes,
    text: article.text,
    focusQuoteId: opened?.focusQuoteId,
    mentions: highlighting.mentions,
  };
  const meta = [article.siteName, formatDate(article.publishedAt), article.language?.toUpperCase()].filter(Boolean);
  return (
    <article className="reader" data-testid="reader" aria-labelledby="reader-title">
      <div className="reader__column">
        <header className="reader__header">
          {meta.length > 0 ? <p className="reader__kicker">{meta.join(' · ')}</p> : null}
          <h1 id="reader-title" className="reader__title" data-testid="reader-title">
            {article.title}
          </h1>
          {article.byline ? <p className="reader__byline">{article.byline}</p> : null}
          <ReaderTags article={article} onPickTag={onPickTag} />
        </header>
        {article.format === 'pdf' || article.format === 'image' || article.format === 'docx' ? (
          <OcrPages
            articleId={article.id}
            terms={opened?.highlightTerms ?? NO_TERMS}
            libraryVersion={libraryVersion}
            body={body}
          />
        ) : (
          <ReaderBody {...body} terms={opened?.highlightTerms ?? NO_TERMS} />
        )}
        <ReaderProvenance
          id={article.id}
          libraryVersion={libraryVersion}
          {...(onOpenArticle ? { onOpen: onOpenArticle } : {})}
        />
        <ReaderResearch article={article} quotes={quotes} libraryVersion={libraryVersion} />
        {article.family ? <FamilyPanel article={article} libraryVersion={libraryVersion} /> : null}
        <footer className="reader__footer">
          {article.entities.length > 0 ? <MentionToggle on={highlighting.on} onToggle={highlighting.toggle} /> : null}
          <EntityChips entities={article.entities} onPick={onPickEntity} />
          <ReaderInfo article={article} onEdited={state.reload} />
        </footer>
      </div>
    </article>
  );
}
