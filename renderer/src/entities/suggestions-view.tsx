import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { ENTITY_TYPES, type EntitySuggestion, type EntityType } from '../../../preload/api';
import { describeError } from '../api/client';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { ErrorBanner } from '../ui/error-banner';
import { useAsync } from '../ui/use-async';
import { entityTypeName } from './entity-labels';
import { EntityPicker } from './entity-picker';
import './entities.css';

/** Names the finder saw that the registry lacks: confirm (with a type), merge into an entity, or ignore. */
export function SuggestionsView() {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion } = useNavigation();
  const suggestions = useAsync(() => client.listSuggestions({ limit: 300 }), [client, libraryVersion]);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="view-suggestions" data-testid="view-suggestions">
      <header className="entity-header">
        <h1 className="entity-title">{t('entities.suggestedNames')}</h1>
        <p className="entity-muted">{t('entities.suggestions.intro')}</p>
      </header>
      {suggestions.status === 'error' ? (
        <ErrorBanner
          title={t('entities.suggestions.loadFailed')}
          message={suggestions.error}
          onRetry={suggestions.reload}
        />
      ) : null}
      {error ? (
        <p className="entity-error" role="alert">
          {error}
        </p>
      ) : null}
      {suggestions.value?.length === 0 ? <p className="entity-muted">{t('entities.suggestions.none')}</p> : null}
      <ul className="suggestions">
        {(suggestions.value ?? []).map((s) => (
          <SuggestionRow key={s.id} suggestion={s} onError={setError} />
        ))}
      </ul>
    </div>
  );
}

function SuggestionRow({
  suggestion,
  onError,
}: {
  suggestion: EntitySuggestion;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [type, setType] = useState<EntityType>(suggestion.type);
  const act = (work: () => Promise<unknown>) => () => {
    onError(null);
    work().catch((err: unknown) => onError(describeError(err)));
  };
  return (
    <li className="suggestion" data-testid="suggestion-row" data-name={suggestion.name}>
      <span className="suggestion__name">{suggestion.name}</span>
      <span className="entity-muted">
        {t('entities.suggestions.mentionsIn', {
          mentions: t('entities.mentions', { count: suggestion.mentions }),
          articles: t('entities.suggestions.articles', { count: suggestion.articles }),
        })}
      </span>
      <select
        value={type}
        onChange={(e) => setType(e.target.value as EntityType)}
        aria-label={t('entities.suggestions.typeOf', { name: suggestion.name })}
      >
        {ENTITY_TYPES.map((option) => (
          <option key={option} value={option}>
            {entityTypeName(t, option)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-testid="suggestion-confirm"
        onClick={act(() => client.confirmSuggestion({ id: suggestion.id, type }))}
      >
        {t('entities.suggestions.confirm')}
      </button>
      <EntityPicker
        label={t('entities.mergeInto')}
        onPick={(target) => act(() => client.mergeEntities({ sourceId: suggestion.id, targetId: target.id }))()}
      />
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid="suggestion-ignore"
        onClick={act(() => client.ignoreSuggestion({ id: suggestion.id }))}
      >
        {t('entities.suggestions.ignore')}
      </button>
    </li>
  );
}
