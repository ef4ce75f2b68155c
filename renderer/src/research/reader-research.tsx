import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useState } from 'react';
import type { ArticleForReader, Quote } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { describeError } from '../api/client';
import { ArticleNotes } from './article-notes';
import { readQuoteSelection } from './quote-dom';
import { useToast } from '../ui/toast';
import './research.css';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The reader's research tools: quote the selected passage (button, Q or Ctrl+Shift+Q), the
 * article's quotes, and its notes. Tags live in the header (reader-tags.tsx).
 */
export function ReaderResearch({
  article,
  quotes,
  libraryVersion,
}: {
  article: ArticleForReader;
  quotes: readonly Quote[];
  libraryVersion: number;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);

  const quoteSelection = useCallback(async () => {
    const body = document.querySelector<HTMLElement>('[data-testid="reader-body"]');
    const picked = body ? readQuoteSelection(body, article.text, document.getSelection()) : null;
    if (!picked) {
      setError(t('quotes.selectFirst'));
      return;
    }
    try {
      const quote = await client.createQuote({ articleId: article.id, exact: picked.exact, start: picked.start });
      setError(null);
      document.getSelection()?.removeAllRanges();
      toast(quote.alreadyQuoted ? t('quotes.alreadyQuoted') : t('quotes.saved'));
    } catch (err) {
      setError(describeError(err));
    }
  }, [client, article.id, article.text, toast, t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'q' && ((event.ctrlKey && event.shiftKey) || (!event.ctrlKey && !event.metaKey && !event.shiftKey))) {
        if (document.getSelection()?.isCollapsed !== false && !event.ctrlKey) return;
        event.preventDefault();
        reportFailure(quoteSelection(), t('quotes.saveWhat'));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [quoteSelection, reportFailure, t]);

  const orphaned = quotes.filter((q) => q.anchorStatus === 'orphaned');
  return (
    <section className="research-panel" data-testid="reader-research" aria-label={t('sidebar.research')}>
      <div className="research-row">
        <button
          type="button"
          className="research-button research-button--primary"
          data-testid="quote-button"
          title={t('quotes.quoteSelectionHint')}
          // Keep the reader's text selection: a mousedown on the button would clear it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => reportFailure(quoteSelection(), t('quotes.saveWhat'))}
        >
          {t('quotes.quoteSelection')}
        </button>
        <span data-testid="reader-quote-count">{quotes.length ? t('quotes.count', { count: quotes.length }) : ''}</span>
      </div>
      {error ? (
        <p role="alert" data-testid="quote-error">
          {error}
        </p>
      ) : null}
      {orphaned.length ? (
        <p className="quote-item__orphaned" data-testid="reader-orphaned-quotes">
          {t('quotes.orphanedInArticle', { count: orphaned.length })}
        </p>
      ) : null}
      <ArticleNotes articleId={article.id} libraryVersion={libraryVersion} />
    </section>
  );
}
