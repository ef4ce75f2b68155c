import type { ScaleTime } from 'd3-scale';
import { useTranslation } from 'react-i18next';
import type { Timeline } from '../../../preload/api';
import { formatDate } from '../ui/format';
import { laneName } from './timeline-labels';
import { AXIS, LANE, LEFT, PLOT_CLIP_ID, RIGHT, TOP, isOnPlot, laneMiddle, plotWidth } from './timeline-layout';
import { eventInstant, tickFormatter } from './timeline-scale';

/*
 * What the marks are drawn in: the lanes, the vertical guides (a grid line per tick, a dashed line
 * per key date) and the date axis. The ticks are React's, not d3-axis's, so their labels go through
 * Intl in the interface language.
 */

type Scale = ScaleTime<number, number>;

/** The axis's ticks at the current zoom: about one per 110 pixels, at least two. */
export function axisTicks(x: Scale | null, width: number): Date[] {
  return x ? x.ticks(Math.max(2, Math.floor(plotWidth(width) / 110))) : [];
}

/** The lanes: a band behind every other one, and its name (cut to fit the margin) on the left. */
export function TimelineLanes({ timeline, width }: { timeline: Timeline; width: number }) {
  const { t } = useTranslation();
  return (
    <>
      {timeline.lanes.map((lane, i) => (
        <g key={lane.key} className="timeline-lane">
          {i % 2 === 0 ? (
            <rect className="timeline-lane__band" x={0} y={TOP + i * LANE} width={width} height={LANE} />
          ) : null}
          <text className="timeline-lane__label" x={8} y={laneMiddle(i) + 4}>
            {laneName(t, timeline, i).slice(0, 22)}
          </text>
        </g>
      ))}
    </>
  );
}

/** The grid lines and the key dates (a reporter's dated notes), clipped to the plot. */
export function TimelineGuides({
  timeline,
  x,
  ticks,
  width,
  plotBottom,
}: {
  timeline: Timeline;
  x: Scale | null;
  ticks: Date[];
  width: number;
  plotBottom: number;
}) {
  const { t } = useTranslation();
  return (
    <g clipPath={`url(#${PLOT_CLIP_ID})`}>
      {x
        ? ticks.map((tick) => (
            <line key={tick.getTime()} className="timeline-grid" x1={x(tick)} x2={x(tick)} y1={TOP} y2={plotBottom} />
          ))
        : null}
      {x
        ? timeline.events.map((e) => {
            const ex = x(new Date(eventInstant(e.date)));
            return isOnPlot(ex, width) ? (
              <g key={e.noteId} className="timeline-event" data-testid="timeline-event">
                <line x1={ex} x2={ex} y1={TOP - 12} y2={plotBottom} />
                <path d={`M${ex},${TOP - 16} l5,5 l-5,5 l-5,-5 z`} />
                <title>{t('timeline.eventLabel', { date: formatDate(e.date), label: e.label })}</title>
              </g>
            ) : null;
          })
        : null}
    </g>
  );
}

/**
 * The date axis under the lanes. Its transparent band is where a drag pans (see
 * use-timeline-zoom.ts): on the lanes a drag brushes instead.
 */
export function TimelineAxis({
  x,
  ticks,
  width,
  plotBottom,
}: {
  x: Scale | null;
  ticks: Date[];
  width: number;
  plotBottom: number;
}) {
  const domain = x?.domain() ?? [];
  const formatTick = tickFormatter(domain.length ? domain[1]!.getTime() - domain[0]!.getTime() : 0);
  return (
    <g className="timeline-axis" transform={`translate(0, ${plotBottom})`}>
      <rect className="timeline-chart__pan" x={LEFT} y={0} width={Math.max(0, plotWidth(width))} height={AXIS} />
      <line x1={LEFT} x2={width - RIGHT} y1={0} y2={0} />
      {x
        ? ticks.map((tick) => {
            const tx = x(tick);
            return isOnPlot(tx, width) ? (
              <text key={tick.getTime()} x={tx} y={18} textAnchor="middle">
                {formatTick(tick)}
              </text>
            ) : null;
          })
        : null}
    </g>
  );
}
