import { useTranslation } from 'react-i18next';
import type { ArticleId, Timeline, TimelineMark } from '../../../preload/api';
import { formatDate } from '../ui/format';
import { eventInstant, type TimeRange } from './timeline-scale';

/**
 * The most rows the list draws: a library-wide timeline of tens of thousands of articles would
 * otherwise put every one in the page. Brushing or zooming narrows the list to what is left out.
 */
export const LIST_LIMIT = 500;

/** The articles of the timeline (of the brushed range when there is one), oldest first, and its key dates. */
export function TimelineList({
  timeline,
  marks,
  range,
  openedId,
  onOpen,
}: {
  timeline: Timeline;
  marks: TimelineMark[];
  range: TimeRange;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  const events = range
    ? timeline.events.filter((e) => {
        const ms = eventInstant(e.date);
        return ms >= range[0] && ms <= range[1];
      })
    : timeline.events;
  return (
    <section className="timeline-list" aria-label={t('timeline.listLabel')}>
      <p className="timeline-list__count" data-testid="timeline-count" role="status">
        {range
          ? t('timeline.inRange', {
              count: marks.length,
              from: formatDate(new Date(range[0]).toISOString()),
              to: formatDate(new Date(range[1]).toISOString()),
            })
          : t('timeline.count', { count: marks.length })}
      </p>
      {events.length > 0 ? (
        <div className="timeline-list__events">
          <h3 className="timeline-list__heading">{t('timeline.keyDates')}</h3>
          <ul data-testid="timeline-key-dates">
            {events.map((e) => (
              <li key={e.noteId}>
                <span className="timeline-list__date">{formatDate(e.date)}</span> {e.label}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {marks.length === 0 && range ? <p className="timeline-list__none">{t('timeline.noneInRange')}</p> : null}
      <ul className="timeline-list__rows" data-testid="timeline-list">
        {marks.slice(0, LIST_LIMIT).map((m) => (
          <li key={m.articleId}>
            <button
              type="button"
              className={`timeline-row${m.articleId === openedId ? ' is-open' : ''}`}
              data-testid="timeline-row"
              data-id={m.articleId}
              aria-current={m.articleId === openedId ? 'true' : undefined}
              onClick={() => onOpen(m.articleId)}
            >
              <span className="timeline-row__date">
                {formatDate(m.publishedAt)}
                {m.documentDate ? <span className="visually-hidden"> ({t('timeline.documentDate')})</span> : null}
              </span>
              <span className="timeline-row__title">{m.title}</span>
              {m.outlet ? <span className="timeline-row__outlet">{m.outlet}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {marks.length > LIST_LIMIT ? (
        <p className="timeline-list__none" data-testid="timeline-list-limit">
          {t('timeline.listFirst', { count: LIST_LIMIT })}
        </p>
      ) : null}
    </section>
  );
}
