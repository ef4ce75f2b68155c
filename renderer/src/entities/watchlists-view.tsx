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
        <h1 className="entity-title">Watch lists</h1>
        <p className="entity-muted">Every import checks new articles against these lists and tags the matches.</p>
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
                {list.newSinceLastSeen} new
              </span>
            ) : null}
            <span className="entity-muted">
              {list.matches} articles · #{list.tag} ·{' '}
              {[...list.entities.map((e) => e.name), ...list.queries.map((q) => `“${q}”`)].join(', ')}
            </span>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() =>
                void client.deleteWatchlist({ id: list.id }).catch((err: unknown) => setError(describeError(err)))
              }
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <NewWatchlistForm onError={setError} />
    </div>
  );
}

function NewWatchlistForm({ onError }: { onError: (message: string | null) => void }) {
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
    <section className="watchlist-form" aria-label="New watch list">
      <h2 className="entity-section-title">New watch list</h2>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="Name, e.g. Foundries"
        aria-label="Watch list name"
      />
      <div className="entity-editor__row">
        {entities.map((e) => (
          <button
            key={e.id}
            type="button"
            className={`chip chip--${e.type}`}
            title="Remove"
            onClick={() => setEntities(entities.filter((x) => x.id !== e.id))}
          >
            {e.name} ×
          </button>
        ))}
        <EntityPicker
          label="Add entity…"
          onPick={(e) => setEntities(entities.some((x) => x.id === e.id) ? entities : [...entities, e])}
        />
      </div>
      <textarea
        value={queries}
        onChange={(e) => setQueries(e.target.value)}
        rows={3}
        placeholder={'One query per line: words or "exact phrases"'}
        aria-label="Queries"
      />
      <button
        type="button"
        className="button"
        disabled={!name.trim() || (entities.length === 0 && !queries.trim())}
        onClick={() => reportFailure(submit(), 'create the watch list')}
      >
        Create watch list
      </button>
    </section>
  );
}
