import { useTranslation } from 'react-i18next';
import type { CooccurringEntity, EntityId } from '../../../preload/api';
import { formatCount } from '../ui/format';

/** The entities that most often appear in the same articles, ranked; each opens its own page. */
export function CooccurringList({
  entities,
  onPick,
}: {
  entities: CooccurringEntity[];
  onPick: (id: EntityId) => void;
}) {
  const { t } = useTranslation();
  if (entities.length === 0) return <p className="entity-muted">{t('entities.noCooccurring')}</p>;
  const max = entities[0]!.articles;
  return (
    <ol className="cooccurring">
      {entities.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className={`chip chip--${e.type}`}
            data-testid="cooccurring-entity"
            data-name={e.name}
            onClick={() => onPick(e.id)}
          >
            {e.name}
            <span className="chip__count">{formatCount(e.articles)}</span>
          </button>
          <span
            className="cooccurring__bar"
            style={{ width: `${Math.round((e.articles / max) * 100)}%` }}
            aria-hidden="true"
          />
        </li>
      ))}
    </ol>
  );
}
