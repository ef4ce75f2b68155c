import { useTranslation } from 'react-i18next';
import type { TimelineGrouping, TimelineImageFormat, TimelineScope } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { downloadBriefFile } from '../brief/download';
import { useLanguage } from '../i18n/language-provider';
import { useToast } from '../ui/toast';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import { dayOf, type TimeRange } from './timeline-scale';

/** The scope as one select value: "library", "query", "entity" or "tag:<name>". */
function scopeValue(scope: TimelineScope): string {
  return scope.kind === 'tag' ? `tag:${scope.tag}` : scope.kind;
}

/** The day a date field gives, as the start (or the end) of that day in UTC. */
function parseDay(value: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** The timeline's controls: what it covers, its lanes, the range as dates (the brush's keyboard twin), export. */
export function TimelineControls({
  scope,
  name,
  groupBy,
  onGroupBy,
  range,
  onRange,
  exportRange,
}: {
  scope: TimelineScope;
  name: string | undefined;
  groupBy: TimelineGrouping;
  onGroupBy: (g: TimelineGrouping) => void;
  range: TimeRange;
  onRange: (r: TimeRange) => void;
  /** What an export shows: the brushed range, else what is on screen. */
  exportRange: [number, number] | null;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const { navigate, query, libraryVersion } = useNavigation();
  const { language } = useLanguage();
  const toast = useToast();
  const reportFailure = useReportFailure();
  const tags = useAsync(() => client.listTags(), [client, libraryVersion]);

  const pickScope = (value: string) => {
    if (value === 'library') navigate({ kind: 'timeline', scope: { kind: 'library' } });
    else if (value === 'query') navigate({ kind: 'timeline', scope: { kind: 'query', query: query.trim() } });
    else if (value.startsWith('tag:')) navigate({ kind: 'timeline', scope: { kind: 'tag', tag: value.slice(4) } });
  };

  const exportAs = (format: TimelineImageFormat) => {
    const work = client
      .exportTimeline({
        scope,
        groupBy,
        format,
        language,
        ...(exportRange
          ? { range: { start: new Date(exportRange[0]).toISOString(), end: new Date(exportRange[1]).toISOString() } }
          : {}),
      })
      .then((file) => {
        downloadBriefFile(file);
        toast(t('timeline.exported', { file: file.fileName }));
      });
    reportFailure(work, t('timeline.exportWhat'));
  };

  const setEdge = (edge: 0 | 1, value: string) => {
    const ms = parseDay(value, edge === 1);
    if (ms === null) {
      if (value === '') onRange(null);
      return;
    }
    const other = range?.[edge === 0 ? 1 : 0] ?? (edge === 0 ? ms + 86_400_000 : ms - 86_400_000);
    onRange(edge === 0 ? [ms, Math.max(other, ms + 1)] : [Math.min(other, ms - 1), ms]);
  };

  return (
    <div className="timeline-controls">
      <label className="timeline-field">
        <span>{t('timeline.scope')}</span>
        <select data-testid="timeline-scope" value={scopeValue(scope)} onChange={(e) => pickScope(e.target.value)}>
          <option value="library">{t('timeline.scopeLibrary')}</option>
          {scope.kind === 'entity' ? (
            <option value="entity">{t('timeline.scopeEntity', { name: name ?? '' })}</option>
          ) : null}
          {scope.kind === 'query' || query.trim() !== '' ? (
            <option value="query">
              {t('timeline.scopeQuery', { query: scope.kind === 'query' ? scope.query : query.trim() })}
            </option>
          ) : null}
          {(tags.value ?? []).map((tag) => (
            <option key={tag.id} value={`tag:${tag.name}`}>
              {t('timeline.scopeTag', { tag: tag.name })}
            </option>
          ))}
          {scope.kind === 'tag' && !(tags.value ?? []).some((tag) => tag.name === scope.tag) ? (
            <option value={`tag:${scope.tag}`}>{t('timeline.scopeTag', { tag: scope.tag })}</option>
          ) : null}
        </select>
      </label>
      <label className="timeline-field">
        <span>{t('timeline.groupBy')}</span>
        <select
          data-testid="timeline-group-by"
          value={groupBy}
          onChange={(e) => onGroupBy(e.target.value as TimelineGrouping)}
        >
          <option value="outlet">{t('timeline.groupOutlet')}</option>
          <option value="tag">{t('timeline.groupTag')}</option>
        </select>
      </label>
      <label className="timeline-field">
        <span>{t('timeline.from')}</span>
        <input
          type="date"
          data-testid="timeline-from"
          value={range ? dayOf(range[0]) : ''}
          onChange={(e) => setEdge(0, e.target.value)}
        />
      </label>
      <label className="timeline-field">
        <span>{t('timeline.to')}</span>
        <input
          type="date"
          data-testid="timeline-to"
          value={range ? dayOf(range[1]) : ''}
          onChange={(e) => setEdge(1, e.target.value)}
        />
      </label>
      {range ? (
        <button type="button" className="button" data-testid="timeline-clear-range" onClick={() => onRange(null)}>
          {t('timeline.clearRange')}
        </button>
      ) : null}
      <span className="timeline-controls__spacer" />
      <button type="button" className="button" data-testid="timeline-export-svg" onClick={() => exportAs('svg')}>
        {t('timeline.exportSvg')}
      </button>
      <button type="button" className="button" data-testid="timeline-export-png" onClick={() => exportAs('png')}>
        {t('timeline.exportPng')}
      </button>
    </div>
  );
}
