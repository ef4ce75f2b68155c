import { ENTITY_TYPES, type ArticleEntity, type EntityType } from '../../../preload/api';

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  product: 'Products',
  law: 'Laws',
};

/** The entities an article mentions, grouped by type, most-mentioned first. */
export function EntityChips({
  entities,
  onPick,
}: {
  entities: ArticleEntity[];
  onPick: (entity: ArticleEntity) => void;
}) {
  if (entities.length === 0) return null;
  return (
    <section className="entity-groups" aria-label="Entities in this article">
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions);
        if (group.length === 0) return null;
        return (
          <div key={type} className="entity-group">
            <span className="entity-group__label">{ENTITY_TYPE_LABELS[type]}</span>
            {group.map((entity) => (
              <button
                key={entity.id}
                type="button"
                className={`chip chip--${entity.type}`}
                data-testid="entity-chip"
                data-name={entity.name}
                data-type={entity.type}
                title={`${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`}
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
