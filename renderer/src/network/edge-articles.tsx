import { useTranslation } from 'react-i18next';
import type { ArticleId, EntityId, NetworkScope } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { ErrorBanner } from '../ui/error-banner';
import { formatDate } from '../ui/format';
import { Loading } from '../ui/loading';
import { useAsync } from '../ui/use-async';

export interface SelectedLink {
  source: EntityId;
  target: EntityId;
  sourceName: string;
  targetName: string;
}

/** The articles that connect two entities (a clicked link), each opening in the reader. */
export function EdgeArticles({
  scope,
  link,
  onOpen,
  onClose,
}: {
  scope: NetworkScope;
  link: SelectedLink;
  onOpen: (id: ArticleId) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const list = useAsync(
    () => client.listEdgeArticles({ scope, source: link.source, target: link.target, limit: 200 }),
    [client, JSON.stringify(scope), link.source, link.target],
  );
  const title = t('network.linkTitle', { a: link.sourceName, b: link.targetName });
  return (
    <section className="network-edge" data-testid="network-edge-articles" aria-label={title}>
      <header className="network-edge__head">
        <h2 className="network-edge__title">{title}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {list.status === 'error' && !list.value ? (
        <ErrorBanner title={t('network.linkFailed')} message={list.error} onRetry={list.reload} />
      ) : !list.value ? (
        <Loading label={t('network.loadingLink')} />
      ) : (
        <>
          <p className="network-muted" role="status">
            {t('network.linkCount', { count: list.value.total })}
          </p>
          <ul className="network-edge__list">
            {list.value.articles.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="network-edge__article"
                  data-testid="network-edge-article"
                  onClick={() => onOpen(a.id)}
                >
                  <span className="network-edge__headline">{a.title}</span>
                  <span className="network-muted">
                    {[a.siteName, formatDate(a.publishedAt)].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
