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

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  to_verify: 'To verify',
  verified: 'Verified',
  do_not_use: 'Do not use',
};

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
  const client = useClient();
  const toast = useToast();
  const reportFailure = useReportFailure();
  const { openArticle } = useNavigation();
  const c = quote.citation;
  const orphaned = quote.anchorStatus === 'orphaned';
  const copy = (text: string, what: string) => {
    copyText(text).then(
      () => toast(`Copied ${what}.`),
      () => toast('Could not copy.'),
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
        title="Open the article at this passage"
        onClick={() => openArticle(quote.articleId, [], quote.id)}
      >
        “{quote.exact}”
      </button>
      {orphaned ? (
        <p className="quote-item__orphaned" data-testid="quote-orphaned">
          This passage is no longer in the article (its text was replaced). Check it before using it.
        </p>
      ) : null}
      <p className="quote-item__citation" data-testid="quote-citation">
        {[c.author, `“${c.headline}”`, c.outlet, formatDate(c.publishedAt)].filter(Boolean).join(', ')}
        {c.url ? ` · ${c.url}` : ''} · imported {formatDate(c.importedAt)} · sha256 {c.sha256.slice(0, 12)}…
      </p>
      <div className="research-row">
        <select
          aria-label="Status"
          data-testid="quote-status"
          value={quote.status}
          onChange={(e) =>
            reportFailure(
              client.updateQuoteStatus({ id: quote.id, status: e.target.value as QuoteStatus }).then(onChanged),
              'change the quote’s status',
            )
          }
        >
          {QUOTE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="research-button"
          data-testid="quote-copy-plain"
          onClick={() => copy(quote.formatted.plain, 'the citation')}
        >
          Copy citation
        </button>
        <button
          type="button"
          className="research-button"
          data-testid="quote-copy-markdown"
          onClick={() => copy(quote.formatted.markdown, 'the Markdown footnote')}
        >
          Copy as Markdown footnote
        </button>
        <button
          type="button"
          className="research-button research-button--danger"
          data-testid="quote-delete"
          onClick={() => reportFailure(client.deleteQuote({ id: quote.id }).then(onChanged), 'delete the quote')}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** The Quote bank: every quote with its citation, filterable by tag, entity and status. */
export function QuoteBankView() {
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
      <h2 className="list-pane__title">Quote bank</h2>
      <div className="research-view__filters">
        <select
          aria-label="Filter by tag"
          data-testid="quote-filter-tag"
          value={tag}
          onChange={(e) => setTag(e.target.value)}
        >
          <option value="">All tags</option>
          {tags.value?.map((t) => (
            <option key={t.id} value={t.name}>
              #{t.name}
            </option>
          ))}
        </select>
        <input
          aria-label="Filter by entity"
          data-testid="quote-filter-entity"
          list="quote-entities"
          placeholder="Entity"
          value={entity}
          onChange={(e) => setEntity(e.target.value)}
        />
        <datalist id="quote-entities">
          {entities.value?.map((e) => (
            <option key={e.id} value={e.name} />
          ))}
        </datalist>
        <select
          aria-label="Filter by status"
          data-testid="quote-filter-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as QuoteStatus | '')}
        >
          <option value="">Any status</option>
          {QUOTE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span data-testid="quote-count">
          {quotes.value ? `${quotes.value.length} quote${quotes.value.length === 1 ? '' : 's'}` : ''}
        </span>
      </div>
      {quotes.error ? <p role="alert">Quotes did not load: {quotes.error}</p> : null}
      {quotes.value?.length === 0 ? (
        <EmptyState
          testId="quotes-empty"
          title="No quotes here"
          hint="Select a passage in the reader and press Q to keep it with its citation."
        />
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
