import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, Timeline, TimelineGrouping, TimelineScope } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { Reader } from '../reader/reader';
import { ErrorBanner } from '../ui/error-banner';
import { Loading } from '../ui/loading';
import { useAsync } from '../ui/use-async';
import { TimelineChart } from './timeline-chart';
import { TimelineControls } from './timeline-controls';
import { TimelineList } from './timeline-list';
import type { TimeRange } from './timeline-scale';
import './timeline.css';

/** The heading of a timeline: what it covers, in words. */
function useHeading(scope: TimelineScope, name: string | undefined): string {
  const { t } = useTranslation();
  switch (scope.kind) {
    case 'library':
      return t('timeline.headingLibrary');
    case 'tag':
      return t('timeline.headingTag', { tag: scope.tag });
    case 'entity':
      return t('timeline.headingEntity', { name: name ?? '' });
    case 'query':
      return t('timeline.headingQuery', { query: scope.query });
  }
}

/**
 * The story timeline of the library, a tag, an entity or a search: the chart on top, and below it
 * the articles of the brushed range beside the reader, so opening one keeps the timeline in view.
 */
export function TimelineView({ scope, name }: { scope: TimelineScope; name?: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const { libraryVersion, navigate } = useNavigation();
  const [groupBy, setGroupBy] = useState<TimelineGrouping>('outlet');
  const [range, setRange] = useState<TimeRange>(null);
  const [openedId, setOpenedId] = useState<ArticleId | null>(null);
  const [visible, setVisible] = useState<[number, number] | null>(null);
  const scopeKey = JSON.stringify(scope);
  const state = useAsync(
    () => client.getTimeline({ scope, groupBy }),
    // The scope is compared by value: a new object for the same scope does not reload.
    [client, scopeKey, groupBy, libraryVersion],
  );
  const heading = useHeading(scope, name);
  const onVisibleChange = useCallback((span: [number, number]) => setVisible(span), []);
  const timeline: Timeline | null = state.value && JSON.stringify(state.value.scope) === scopeKey ? state.value : null;
  const listed = useMemo(() => {
    if (!timeline) return [];
    const seen = new Set<number>();
    return timeline.marks.filter((m) => {
      const ms = Date.parse(m.publishedAt);
      if (range && (ms < range[0] || ms > range[1])) return false;
      if (seen.has(m.articleId)) return false;
      seen.add(m.articleId);
      return true;
    });
  }, [timeline, range]);

  return (
    <div className="view-timeline" data-testid="view-timeline">
      <header className="view-timeline__head">
        <h2 className="view-timeline__title" data-testid="timeline-heading">
          {heading}
        </h2>
        <TimelineControls
          scope={scope}
          name={name}
          groupBy={groupBy}
          onGroupBy={setGroupBy}
          range={range}
          onRange={setRange}
          exportRange={range ?? visible}
        />
      </header>
      {state.status === 'error' && !timeline ? (
        <ErrorBanner title={t('timeline.title')} message={state.error} onRetry={state.reload} />
      ) : !timeline ? (
        <Loading label={t('timeline.title')} />
      ) : (
        <>
          {timeline.marks.length === 0 && timeline.events.length === 0 ? (
            <p className="view-timeline__empty" data-testid="timeline-empty">
              {t('timeline.empty')}
            </p>
          ) : (
            <TimelineChart
              timeline={timeline}
              range={range}
              onRange={setRange}
              openedId={openedId}
              onOpen={setOpenedId}
              onVisibleChange={onVisibleChange}
            />
          )}
          {timeline.undated > 0 ? (
            <p className="view-timeline__note" data-testid="timeline-undated">
              {t('timeline.undated', { count: timeline.undated })}
            </p>
          ) : null}
          <div className="view-timeline__body">
            <TimelineList timeline={timeline} marks={listed} range={range} openedId={openedId} onOpen={setOpenedId} />
            <div className="view-timeline__reader">
              <Reader
                opened={openedId === null ? null : { id: openedId, highlightTerms: [] }}
                libraryVersion={libraryVersion}
                onPickTag={(tag) => navigate({ kind: 'library', tag })}
                onPickEntity={(entity) => navigate({ kind: 'entity', id: entity.id })}
                onOpenArticle={setOpenedId}
              />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
