import {
  TIMELINE_GROUPINGS,
  type DossierApi,
  type EntityId,
  type TimelineGrouping,
  type TimelineImageFormat,
  type TimelineScope,
} from '../../../preload/api';
import { DossierError } from '../../../preload/contract/errors';
import type { SearchFn } from '../export/brief-model';
import type { CoreContext } from '../kernel/context';
import { optionalString, requireId, requireString } from '../kernel/validate';
import { buildTimeline } from './build-timeline';
import { renderSvgToPng } from './render-timeline-png';
import { renderTimelineSvg } from './render-timeline-svg';
import { timelineWords } from './timeline-words';

/** Checks a scope that arrived from outside. */
export function checkTimelineScope(value: unknown): TimelineScope {
  const scope = value as { kind?: unknown; tag?: unknown; id?: unknown; query?: unknown } | null | undefined;
  switch (scope?.kind) {
    case 'library':
      return { kind: 'library' };
    case 'tag':
      return { kind: 'tag', tag: requireString(scope.tag, 'scope.tag', 500) };
    case 'entity':
      return { kind: 'entity', id: requireId<EntityId>(scope.id, 'scope.id') };
    case 'query':
      return { kind: 'query', query: requireString(scope.query, 'scope.query', 2000) };
    default:
      throw new DossierError('INVALID_INPUT', '"scope" must be the library, a tag, an entity or a search query.');
  }
}

function checkGrouping(value: unknown): TimelineGrouping {
  if (value === undefined) return 'outlet';
  if (!TIMELINE_GROUPINGS.includes(value as TimelineGrouping))
    throw new DossierError('INVALID_INPUT', '"groupBy" must be "outlet" or "tag".');
  return value as TimelineGrouping;
}

function checkFormat(value: unknown): TimelineImageFormat {
  if (value !== 'svg' && value !== 'png') throw new DossierError('INVALID_INPUT', '"format" must be "svg" or "png".');
  return value;
}

function checkRange(value: unknown): { start: string; end: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const r = value as { start?: unknown; end?: unknown };
  const start = requireString(r.start, 'range.start', 40);
  const end = requireString(r.end, 'range.end', 40);
  if (Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end)) || Date.parse(start) >= Date.parse(end))
    throw new DossierError('INVALID_INPUT', '"range" must be two dates, the start before the end.');
  return { start, end };
}

/** A file name from the scope: "timeline-story-bytedance.svg". */
function fileNameOf(scope: TimelineScope, format: TimelineImageFormat): string {
  const what = scope.kind === 'tag' ? scope.tag : scope.kind === 'query' ? scope.query : scope.kind;
  const slug =
    what
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'library';
  return `timeline-${slug}.${format}`;
}

/** The timeline capability: the data of a scope's timeline, and the timeline as a picture. */
export function createTimelineHandlers(
  ctx: CoreContext,
  deps: { search?: SearchFn },
): Pick<DossierApi, 'getTimeline' | 'exportTimeline'> {
  const { db } = ctx;
  return {
    async getTimeline(args) {
      return buildTimeline(db, checkTimelineScope(args?.scope), checkGrouping(args?.groupBy), deps.search);
    },

    async exportTimeline(args) {
      const scope = checkTimelineScope(args?.scope);
      const format = checkFormat(args?.format);
      const range = checkRange(args?.range);
      const language = optionalString(args?.language, 'language', 35);
      const timeline = await buildTimeline(db, scope, checkGrouping(args?.groupBy), deps.search);
      const words = timelineWords(language);
      const title =
        scope.kind === 'tag'
          ? `${words.word('title')} · #${scope.tag}`
          : scope.kind === 'query'
            ? `${words.word('title')} · “${scope.query}”`
            : undefined;
      const svg = renderTimelineSvg(timeline, { language, range, ...(title ? { title } : {}) });
      const bytes = format === 'svg' ? Buffer.from(svg, 'utf8') : Buffer.from(await renderSvgToPng(svg));
      return {
        fileName: fileNameOf(scope, format),
        mimeType: format === 'svg' ? 'image/svg+xml' : 'image/png',
        base64: bytes.toString('base64'),
      };
    },
  };
}
