import { useTranslation } from 'react-i18next';
import { ENTITY_TYPES, type ArticleEntity } from '../../../preload/api';
import { entityTypeGroup } from '../entities/entity-labels';

/** The entities an article mentions, grouped by type, most-mentioned first. */
export function EntityChips({
  entities,
  onPick,
}: {
  entities: ArticleEntity[];
  onPick: (entity: ArticleEntity) => void;
}) {
  const { t } = useTranslation();
  if (entities.length === 0) return null;
  return (
    <section className="entity-groups" aria-label={t('entities.inArticle')}>
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions);
        if (group.length === 0) return null;
        return (
          <div key={type} className="entity-group">
            <span className="entity-group__label">{entityTypeGroup(t, type)}</span>
            {group.map((entity) => (
              <button
                key={entity.id}
                type="button"
                className={`chip chip--${entity.type}`}
                data-testid="entity-chip"
                data-name={entity.name}
                data-type={entity.type}
                title={t('entities.mentions', { count: entity.mentions })}
                onClick={() => onPick(entity)}
              >
                {entity.name}
                <span className="chip__count">{entity.mentions}</span>
              </button>
            ))}
          </div>
        );
      })}
    </section>
  );
}
