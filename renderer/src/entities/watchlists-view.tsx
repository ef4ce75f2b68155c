import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { EntitySummary, WatchlistSummary } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { useNavigation } from '../app/navigation';
import { useAsync } from '../ui/use-async';
import { EntityPicker } from './entity-picker';
import './entities.css';

/** Watch lists: named sets of entities and queries; new matching articles get the list's tag. */
export function WatchlistsView() {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion, navigate } = useNavigation();
  const lists = useAsync(() => client.listWatchlists(), [client, libraryVersion]);
  const [error, setError] = useState<string | null>(null);

  const open = async (list: WatchlistSummary) => {
    await client.markWatchlistSeen({ id: list.id });
    if (list.tag) navigate({ kind: 'library', tag: list.tag });
  };

  return (
    <div className="view-watchlists" data-testid="view-watchlists">
      <header className="entity-header">
        <h1 className="entity-title">{t('entities.watchLists')}</h1>
        <p className="entity-muted">{t('entities.watchlists.intro')}</p>
      </header>
      {error ? (
        <p className="entity-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="watchlists">
        {(lists.value ?? []).map((list) => (
          <li key={list.id} className="watchlist" data-testid="watchlist" data-name={list.name}>
            <button
              type="button"
              className="entity-article__title"
              onClick={() => void open(list).catch((err: unknown) => setError(describeError(err)))}
            >
              {list.name}
            </button>
            {list.newSinceLastSeen > 0 ? (
              <span className="watchlist__new" data-testid="watchlist-new">
                {t('entities.watchlists.new', { count: list.newSinceLastSeen })}
              </span>
            ) : null}
            <span className="entity-muted">
              {t('entities.watchlists.summary', {
                count: list.matches,
                tag: list.tag,
                what: [
                  ...list.entities.map((e) => e.name),
                  ...list.queries.map((q) => t('entities.watchlists.quoted', { query: q })),
                ].join(', '),
              })}
            </span>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() =>
                void client.deleteWatchlist({ id: list.id }).catch((err: unknown) => setError(describeError(err)))
              }
            >
              {t('entities.delete')}
            </button>
          </li>
        ))}
      </ul>
      <NewWatchlistForm onError={setError} />
    </div>
  );
}

function NewWatchlistForm({ onError }: { onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [name, setName] = useState('');
  const [entities, setEntities] = useState<EntitySummary[]>([]);
  const [queries, setQueries] = useState('');
  const submit = async () => {
    onError(null);
    try {
      await client.saveWatchlist({
        name,
        entityIds: entities.map((e) => e.id),
        queries: queries
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean),
      });
      setName('');
      setEntities([]);
      setQueries('');
    } catch (err) {
      onError(describeError(err));
    }
  };
  return (
    <section className="watchlist-form" aria-label={t('entities.watchlists.newList')}>
      <h2 className="entity-section-title">{t('entities.watchlists.newList')}</h2>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t('entities.watchlists.nameExample')}
        aria-label={t('entities.watchlists.name')}
      />
      <div className="entity-editor__row">
        {entities.map((e) => (
          <button
            key={e.id}
            type="button"
            className={`chip chip--${e.type}`}
            title={t('entities.watchlists.removeEntity')}
            onClick={() => setEntities(entities.filter((x) => x.id !== e.id))}
          >
            {e.name} ×
          </button>
        ))}
        <EntityPicker
          label={t('entities.watchlists.addEntity')}
          onPick={(e) => setEntities(entities.some((x) => x.id === e.id) ? entities : [...entities, e])}
        />
      </div>
      <textarea
        value={queries}
        onChange={(e) => setQueries(e.target.value)}
        rows={3}
        placeholder={t('entities.watchlists.queriesHint')}
        aria-label={t('entities.watchlists.queries')}
      />
      <button
        type="button"
        className="button"
        disabled={!name.trim() || (entities.length === 0 && !queries.trim())}
        onClick={() => reportFailure(submit(), t('entities.watchlists.createWhat'))}
      >
        {t('entities.watchlists.create')}
      </button>
    </section>
  );
}
