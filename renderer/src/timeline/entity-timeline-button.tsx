import { useTranslation } from 'react-i18next';
import type { EntityId } from '../../../preload/api';
import { useNavigation } from '../app/navigation';

/** On an entity's page: its articles on the story timeline. */
export function EntityTimelineButton({ id, name }: { id: EntityId; name: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <button
      type="button"
      className="button entity-timeline-button"
      data-testid="entity-story-timeline"
      onClick={() => navigate({ kind: 'timeline', scope: { kind: 'entity', id }, name })}
    >
      {t('timeline.entityButton')}
    </button>
  );
}
