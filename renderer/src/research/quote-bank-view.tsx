import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { QUOTE_STATUSES, type Quote, type QuoteStatus } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../ui/empty-state';
import { formatDate } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { useToast } from '../ui/toast';
import { useReportFailure } from '../ui/use-report-failure';
import './research.css';

/** A quote status as the menus say it (keys quotes.status.<status>). */
function statusKey(status: QuoteStatus): string {
  return `quotes.status.${status}`;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Fallback for pages without clipboard permission.
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

function QuoteItem({ quote, onChanged }: { quote: Quote; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const reportFailure = useReportFailure();
  const { openArticle } = useNavigation();
  const c = quote.citation;
  const orphaned = quote.anchorStatus === 'orphaned';
  const copy = (text: string, what: string) => {
    copyText(text).then(
      () => toast(t('quotes.copied', { what })),
      () => toast(t('quotes.copyFailed')),
    );
  };
  return (
    <li
      className={`quote-item${orphaned ? ' is-orphaned' : ''}`}
      data-testid="quote-item"
      data-id={quote.id}
      data-status={quote.status}
      data-anchor={quote.anchorStatus}
    >
      <button
        type="button"
        className="quote-item__text"
        data-testid="quote-text"
        title={t('quotes.openAtPassage')}
        onClick={() => openArticle(quote.articleId, [], quote.id)}
      >
        {t('quotes.quoted', { text: quote.exact })}
      </button>
      {orphaned ? (
        <p className="quote-item__orphaned" data-testid="quote-orphaned">
          {t('quotes.orphaned')}
        </p>
      ) : null}
      <p className="quote-item__citation" data-testid="quote-citation">
        {[
          c.author,
          t('quotes.quoted', { text: c.headline }),
          c.outlet,
          formatDate(c.publishedAt),
          // A passage read by OCR is cited with its page, as the copied citation is (citation.ts).
          c.ocrPage !== undefined ? t('quotes.ocrPage', { page: c.ocrPage }) : null,
        ]
          .filter(Boolean)
          .join(', ')}
        {c.url ? ` · ${c.url}` : ''}
        {t('quotes.citationMeta', { date: formatDate(c.importedAt), hash: c.sha256.slice(0, 12) })}
      </p>
      <div className="research-row">
        <select
          aria-label={t('quotes.statusLabel')}
          data-testid="quote-status"
          value={quote.status}
          onChange={(e) =>
            reportFailure(
              client.updateQuoteStatus({ id: quote.id, status: e.target.value as QuoteStatus }).then(onChanged),
              t('quotes.changeStatusWhat'),
            )
          }
        >
          {QUOTE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="research-button"
          data-testid="quote-copy-plain"
          onClick={() => copy(quote.formatted.plain, t('quotes.theCitation'))}
        >
          {t('quotes.copyCitation')}
        </button>
        <button
          type="button"
          className="research-button"
          data-testid="quote-copy-markdown"
          onClick={() => copy(quote.formatted.markdown, t('quotes.theFootnote'))}
        >
          {t('quotes.copyFootnote')}
        </button>
        <button
          type="button"
          className="research-button research-button--danger"
          data-testid="quote-delete"
          onClick={() => reportFailure(client.deleteQuote({ id: quote.id }).then(onChanged), t('quotes.deleteWhat'))}
        >
          {t('quotes.delete')}
        </button>
      </div>
    </li>
  );
}

/** The Quote bank: every quote with its citation, filterable by tag, entity and status. */
export function QuoteBankView() {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion } = useNavigation();
  const [tag, setTag] = useState('');
  const [entity, setEntity] = useState('');
  const [status, setStatus] = useState<QuoteStatus | ''>('');
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);
  const entities = useAsync(() => client.listEntities({}), [client, libraryVersion]);
  const quotes = useAsync(
    () => client.listQuotes({ tag: tag || undefined, entity: entity || undefined, status: status || undefined }),
    [client, tag, entity, status, libraryVersion],
  );
  return (
    <div className="research-view view-quotes" data-testid="view-quotes">
      <h2 className="list-pane__title">{t('sidebar.quoteBank')}</h2>
      <div className="research-view__filters">
        <select
          aria-label={t('quotes.filterTag')}
          data-testid="quote-filter-tag"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        >
          <option value="">{t('quotes.allTags')}</option>
          {tags.value?.map((tag) => (
            <option key={tag.id} value={tag.name}>
              #{tag.name}
            </option>
          ))}
        </select>
        <input
          aria-label={t('quotes.filterEntity')}
          data-testid="quote-filter-entity"
          list="quote-entities"
          placeholder={t('quotes.entity')}
          value={entity}
          onChange={(e) => setEntity(e.target.value)}
        />
        <datalist id="quote-entities">
          {entities.value?.map((e) => (
            <option key={e.id} value={e.name} />
          ))}
        </datalist>
        <select
          aria-label={t('quotes.filterStatus')}
          data-testid="quote-filter-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as QuoteStatus | '')}
        >
          <option value="">{t('quotes.anyStatus')}</option>
          {QUOTE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
        <span data-testid="quote-count">{quotes.value ? t('quotes.count', { count: quotes.value.length }) : ''}</span>
      </div>
      {quotes.error ? <p role="alert">{t('quotes.loadFailed', { reason: quotes.error })}</p> : null}
      {quotes.value?.length === 0 ? (
        <EmptyState testId="quotes-empty" title={t('quotes.empty')} hint={t('quotes.emptyHint')} />
      ) : null}
      <ul
        className="research-view__list"
        style={{ listStyle: 'none', padding: 0, display: 'flex', flexDirection: 'column', gap: 10 }}
      >
        {quotes.value?.map((q) => (
          <QuoteItem key={q.id} quote={q} onChanged={quotes.reload} />
        ))}
      </ul>
    </div>
  );
}
