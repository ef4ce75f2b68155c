import type { TFunction } from 'i18next';
import type { Timeline, TimelineMark } from '../../../preload/api';
import { formatDate } from '../ui/format';

/** A lane's name; the lane of articles with no tag (or no outlet) has none of its own. */
export function laneName(t: TFunction, timeline: Timeline, laneIndex: number): string {
  const lane = timeline.lanes[laneIndex];
  return lane?.label ?? (timeline.groupBy === 'tag' ? t('timeline.untagged') : t('timeline.noOutlet'));
}

/** What a mark says to a screen reader and in its tooltip: title, outlet when known, date. */
export function markLabel(t: TFunction, mark: TimelineMark): string {
  return mark.outlet
    ? t('timeline.markLabel', { title: mark.title, outlet: mark.outlet, date: formatDate(mark.publishedAt) })
    : t('timeline.markLabelNoOutlet', { title: mark.title, date: formatDate(mark.publishedAt) });
}
