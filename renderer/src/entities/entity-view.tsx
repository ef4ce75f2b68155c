import { useTranslation } from 'react-i18next';
import { formatCount } from '../ui/format';
import type { EntityId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { useAsync } from '../ui/use-async';
import { CooccurringList } from './cooccurring-list';
import { EntityArticles } from './entity-articles';
import { EntityEditor } from './entity-editor';
import { EntityMailSection } from './entity-mail';
import { entityTypeName } from './entity-labels';
import { MentionTimeline } from './mention-timeline';
import { EntityTimelineButton } from '../timeline/entity-timeline-button';
import './entities.css';

/** The page of one entity: its record, every article that mentions it, who it appears with, and when. */
export function EntityView({ id }: { id: EntityId }) {
  const { t } = useTranslation();
  const client = useClient();
  const { navigate, openArticle, libraryVersion } = useNavigation();
  const page = useAsync(() => client.getEntity({ id }), [client, id, libraryVersion]);
  const goTo = (target: EntityId) => navigate({ kind: 'entity', id: target });

  if (page.status === 'error' && !page.value) {
    return (
      <div className="view-entity" data-testid="view-entity">
        <ErrorBanner title={t('entities.openFailed')} message={page.error} onRetry={page.reload} />
      </div>
    );
  }
  const data = page.value;
  if (!data || data.entity.id !== id) {
    return (
      <div className="view-entity" data-testid="view-entity">
        <Loading label={t('entities.opening')} />
      </div>
    );
  }
  const { entity } = data;
  return (
    <div className="view-entity" data-testid="view-entity" data-id={entity.id}>
      <header className="entity-header">
        <p className="entity-kicker">
          <span className={`chip chip--${entity.type}`}>{entityTypeName(t, entity.type)}</span>
          {entity.status !== 'confirmed' ? (
            <span className="entity-muted"> · {t(`entities.status.${entity.status}`)}</span>
          ) : null}
        </p>
        <h1 className="entity-title" data-testid="entity-title">
          {entity.name}
        </h1>
        {entity.description ? <p className="entity-description">{entity.description}</p> : null}
        <p className="entity-muted">
          {t('entities.articlesAlsoKnownAs', {
            count: data.totalArticles,
            articles: formatCount(data.totalArticles),
            aliases:
              entity.aliases
                .filter((a) => a.alias !== entity.name)
                .map((a) => a.alias)
                .join(', ') || '—',
          })}
        </p>
      </header>
      <div className="entity-columns">
        <div className="entity-main">
          <h2 className="entity-section-title">{t('entities.mentionsOverTime')}</h2>
          <MentionTimeline points={data.timeline} undated={data.undatedMentions} />
          <EntityTimelineButton id={entity.id} name={entity.name} />
          <h2 className="entity-section-title">{t('entities.articles')}</h2>
          <EntityArticles
            articles={data.articles}
            total={data.totalArticles}
            onOpen={(articleId) => openArticle(articleId)}
          />
          {data.mail ? <EntityMailSection mail={data.mail} onOpen={(articleId) => openArticle(articleId)} /> : null}
        </div>
        <aside className="entity-side">
          <h2 className="entity-section-title">{t('entities.appearsWith')}</h2>
          <div data-testid="cooccurring">
            <CooccurringList entities={data.cooccurring} onPick={goTo} />
          </div>
          <h2 className="entity-section-title">{t('entities.registry')}</h2>
          <EntityEditor entity={entity} onNavigate={goTo} onDeleted={() => navigate({ kind: 'library', tag: null })} />
        </aside>
      </div>
    </div>
  );
}
