import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, Timeline } from '../../../preload/api';
import { useInnerWidth } from '../ui/use-inner-width';
import { TimelineAxis, TimelineGuides, TimelineLanes, axisTicks } from './timeline-frame';
import { AXIS, LEFT, PLOT_CLIP_ID, RIGHT, plotBottomFor, plotWidth } from './timeline-layout';
import { TimelineMarks } from './timeline-marks';
import { baseScale, timelineExtent, type TimeRange } from './timeline-scale';
import { useTimelineBrush } from './use-timeline-brush';
import { useTimelineZoom } from './use-timeline-zoom';

/**
 * The timeline itself: lanes, a date axis in the interface language, a mark per article and lane,
 * the key dates as dashed lines. Zoom with the wheel or the buttons, pan by dragging the axis;
 * dragging across the lanes brushes a range (d3-brush), which filters the list. Keyboard: the
 * marks are one tab stop (roving focus), arrows move, Enter opens, + and − zoom, Shift+arrows pan.
 *
 * This component only assembles the chart: the zoom and the brush are hooks (use-timeline-zoom.ts,
 * use-timeline-brush.ts), the layers are drawn by timeline-frame.tsx and timeline-marks.tsx, and
 * their shared geometry is timeline-layout.ts. The layers' order in the svg matters: the brush sits
 * above the lanes, so a drag there brushes, and below the marks, so a click on a mark opens it.
 */
export function TimelineChart({
  timeline,
  range,
  onRange,
  openedId,
  onOpen,
  onVisibleChange,
}: {
  timeline: Timeline;
  range: TimeRange;
  onRange: (range: TimeRange) => void;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  /** The shown span, for an export of what is on screen. */
  onVisibleChange?: (span: [number, number]) => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const brushLayer = useRef<SVGGElement>(null);
  // The plot follows the window's width.
  const width = useInnerWidth(box, 800, 480);
  const plotBottom = plotBottomFor(timeline.lanes.length);
  const height = plotBottom + AXIS;
  const extent = useMemo(() => timelineExtent(timeline), [timeline]);
  const base = useMemo(() => (extent ? baseScale(extent, LEFT, width - RIGHT) : null), [extent, width]);
  const { x, ...zoom } = useTimelineZoom(svg, base, width, height);
  useTimelineBrush(brushLayer, { x, width, plotBottom, range, onRange });

  useEffect(() => {
    if (x && onVisibleChange) {
      const [a, b] = x.domain();
      onVisibleChange([a!.getTime(), b!.getTime()]);
    }
  }, [x, onVisibleChange]);

  const ticks = axisTicks(x, width);

  return (
    <div className="timeline-chart" ref={box}>
      <div className="timeline-chart__tools" role="toolbar" aria-label={t('timeline.title')}>
        <button type="button" className="button" data-testid="timeline-zoom-in" onClick={() => zoom.zoomBy(1.5)}>
          {t('timeline.zoomIn')}
        </button>
        <button type="button" className="button" data-testid="timeline-zoom-out" onClick={() => zoom.zoomBy(1 / 1.5)}>
          {t('timeline.zoomOut')}
        </button>
        <button type="button" className="button" data-testid="timeline-show-all" onClick={zoom.showAll}>
          {t('timeline.showAll')}
        </button>
      </div>
      <svg
        ref={svg}
        className="timeline-chart__svg"
        data-testid="timeline-chart"
        width={width}
        height={height}
        role="group"
        aria-label={t('timeline.chartLabel')}
      >
        <defs>
          <clipPath id={PLOT_CLIP_ID}>
            <rect x={LEFT} y={0} width={Math.max(0, plotWidth(width))} height={height} />
          </clipPath>
        </defs>
        <TimelineLanes timeline={timeline} width={width} />
        <TimelineGuides timeline={timeline} x={x} ticks={ticks} width={width} plotBottom={plotBottom} />
        <g ref={brushLayer} className="timeline-chart__brush" data-testid="timeline-brush" />
        <TimelineMarks
          timeline={timeline}
          x={x}
          width={width}
          range={range}
          onRange={onRange}
          openedId={openedId}
          onOpen={onOpen}
          zoom={zoom}
        />
        <TimelineAxis x={x} ticks={ticks} width={width} plotBottom={plotBottom} />
      </svg>
    </div>
  );
}
