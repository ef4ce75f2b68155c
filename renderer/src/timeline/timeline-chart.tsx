import { brushX, type BrushBehavior } from 'd3-brush';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, Timeline, TimelineMark } from '../../../preload/api';
import { formatDate } from '../ui/format';
import { LANE_COLOURS, baseScale, eventInstant, tickFormatter, timelineExtent } from './timeline-scale';
import { clusterRadius, clusterSpots, type MarkCluster } from './timeline-clusters';
import { onRovingKey } from './timeline-keys';

const LEFT = 150;
const RIGHT = 16;
const TOP = 30;
const LANE = 26;
const AXIS = 30;
const MAX_ZOOM = 1000;

/** One drawn mark: an article in one of its lanes. */
interface MarkSpot {
  articleId: ArticleId;
  ms: number;
  laneIndex: number;
  mark: TimelineMark;
}

/** The range of dates a reporter brushed, in milliseconds; null for none. */
export type TimeRange = [number, number] | null;

/**
 * The timeline itself: lanes, a date axis in the interface language, a mark per article and lane,
 * the key dates as dashed lines. Zoom with the wheel or the buttons, pan by dragging the axis;
 * dragging across the lanes brushes a range (d3-brush), which filters the list. Keyboard: the
 * marks are one tab stop (roving focus), arrows move, Enter opens, + and − zoom, Shift+arrows pan.
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
  const [width, setWidth] = useState(800);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [focusIndex, setFocusIndex] = useState(0);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);

  const lanes = timeline.lanes;
  const plotBottom = TOP + Math.max(1, lanes.length) * LANE;
  const height = plotBottom + AXIS;
  const extent = useMemo(() => timelineExtent(timeline), [timeline]);
  const base = useMemo(() => (extent ? baseScale(extent, LEFT, width - RIGHT) : null), [extent, width]);
  const x = useMemo(() => (base ? transform.rescaleX(base) : null), [base, transform]);
  const xRef = useRef(x);
  xRef.current = x;
  const onRangeRef = useRef(onRange);
  onRangeRef.current = onRange;

  const spots = useMemo<MarkSpot[]>(() => {
    const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
    return timeline.marks.flatMap((m) =>
      m.laneKeys.map((key) => ({
        articleId: m.articleId,
        ms: Date.parse(m.publishedAt),
        laneIndex: laneIndex.get(key) ?? 0,
        mark: m,
      })),
    );
  }, [timeline, lanes]);
  // Labels are made for the marks drawn, not for every article of a large library on each change.
  const spotLabel = (spot: MarkSpot): string =>
    spot.mark.outlet
      ? t('timeline.markLabel', {
          title: spot.mark.title,
          outlet: spot.mark.outlet,
          date: formatDate(spot.mark.publishedAt),
        })
      : t('timeline.markLabelNoOutlet', { title: spot.mark.title, date: formatDate(spot.mark.publishedAt) });
  const laneName = (index: number): string => {
    const lane = lanes[index];
    return lane?.label ?? (timeline.groupBy === 'tag' ? t('timeline.untagged') : t('timeline.noOutlet'));
  };
  const visible = (px: number) => px >= LEFT - 0.5 && px <= width - RIGHT + 0.5;
  // Too many marks on screen: draw clusters instead (see timeline-clusters.ts).
  const clusters = useMemo<MarkCluster[] | null>(
    () =>
      x
        ? clusterSpots(
            spots,
            (ms) => x(new Date(ms)),
            (px) => px >= LEFT - 0.5 && px <= width - RIGHT + 0.5,
          )
        : null,
    [spots, x, width],
  );
  const [clusterFocus, setClusterFocus] = useState(0);

  // The plot follows the window's width.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    // The box's inner width: its client width less its horizontal padding.
    const measure = () => {
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      setWidth(Math.max(480, Math.floor(el.clientWidth - padding)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Zoom and pan (d3-zoom): the wheel zooms anywhere; a drag pans only on the axis, since a drag
  // across the lanes brushes a range.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [LEFT, 0],
        [width - RIGHT, height],
      ])
      .translateExtent([
        [LEFT, 0],
        [width - RIGHT, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const target = event.target as Element | null;
        return Boolean(target?.closest('.timeline-chart__pan')) && !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomRef.current = behaviour;
    select(el).call(behaviour);
    return () => {
      select(el).on('.zoom', null);
    };
  }, [width, height]);

  // The brush (d3-brush) across the lanes; only a reporter's drag changes the range.
  useEffect(() => {
    const el = brushLayer.current;
    if (!el) return;
    const behaviour = brushX<unknown>()
      .extent([
        [LEFT, TOP],
        [width - RIGHT, plotBottom],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
        const scale = xRef.current;
        if (!event.sourceEvent || !scale) return;
        if (!event.selection) onRangeRef.current(null);
        else
          onRangeRef.current([scale.invert(event.selection[0]).getTime(), scale.invert(event.selection[1]).getTime()]);
      });
    brushRef.current = behaviour;
    select(el).call(behaviour);
    return () => {
      select(el).on('.brush', null).selectAll('*').remove();
    };
  }, [width, plotBottom]);

  // The brush shows the range (set by a drag, the date fields or a zoom) at the current scale.
  useEffect(() => {
    const el = brushLayer.current;
    const behaviour = brushRef.current;
    if (!el || !behaviour || !x) return;
    const clamp = (v: number) => Math.min(width - RIGHT, Math.max(LEFT, v));
    const pixels = range ? ([clamp(x(new Date(range[0]))), clamp(x(new Date(range[1])))] as [number, number]) : null;
    select(el).call(behaviour.move, pixels && pixels[1] - pixels[0] >= 1 ? pixels : null);
  }, [range, x, width]);

  useEffect(() => {
    if (x && onVisibleChange) {
      const [a, b] = x.domain();
      onVisibleChange([a!.getTime(), b!.getTime()]);
    }
  }, [x, onVisibleChange]);

  useEffect(() => setFocusIndex((i) => Math.min(i, Math.max(0, spots.length - 1))), [spots.length]);

  const zoomBy = (k: number, at?: number) => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.scaleBy(select(el), k, [at ?? (LEFT + width - RIGHT) / 2, 0]);
  };
  const panBy = (dx: number) => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.translateBy(select(el), dx / transform.k, 0);
  };
  const showAll = () => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.transform(select(el), zoomIdentity);
  };

  const focusSpot = (index: number) => {
    const spot = spots[index];
    if (!spot || !x) return;
    setFocusIndex(index);
    const px = x(new Date(spot.ms));
    // Moving to a mark off screen brings it into view.
    if (px < LEFT || px > width - RIGHT) panBy((LEFT + width - RIGHT) / 2 - px);
    requestAnimationFrame(() =>
      svg.current?.querySelector<SVGElement>(`[data-spot="${index}"]`)?.focus({ preventScroll: true }),
    );
  };

  const step = (width - LEFT - RIGHT) / 5;
  const onMarkKey = (event: KeyboardEvent, index: number) => {
    const spot = spots[index]!;
    onRovingKey(event, index, {
      count: spots.length,
      focus: focusSpot,
      open: () => onOpen(spot.articleId),
      anchorPx: x ? x(new Date(spot.ms)) : undefined,
      step,
      panBy,
      zoomBy,
      showAll,
    });
  };

  /** Zooms so a span fills most of the plot (a cluster opening into its marks). */
  const zoomToSpan = (startMs: number, endMs: number) => {
    const el = svg.current;
    if (!el || !zoomRef.current || !base) return;
    const plot = width - LEFT - RIGHT;
    const span = Math.max(1, base(new Date(endMs)) - base(new Date(startMs)));
    const k = Math.min(MAX_ZOOM, Math.max(1, (plot * 0.6) / span));
    const mid = base(new Date((startMs + endMs) / 2));
    zoomRef.current.transform(select(el), zoomIdentity.translate((LEFT + width - RIGHT) / 2 - k * mid, 0).scale(k));
  };

  /** A cluster of one is its article; a larger one zooms in on its marks and keeps them in the list. */
  const openCluster = (cluster: MarkCluster) => {
    if (cluster.count === 1) {
      onOpen(spots[cluster.firstSpot]!.articleId);
      return;
    }
    onRange([cluster.startMs, cluster.endMs]);
    zoomToSpan(cluster.startMs, cluster.endMs);
  };

  const focusCluster = (index: number) => {
    setClusterFocus(index);
    requestAnimationFrame(() =>
      svg.current?.querySelector<SVGElement>(`[data-cluster="${index}"]`)?.focus({ preventScroll: true }),
    );
  };

  const onClusterKey = (event: KeyboardEvent, index: number) => {
    const all = clusters ?? [];
    const cluster = all[index]!;
    onRovingKey(event, index, {
      count: all.length,
      focus: focusCluster,
      open: () => openCluster(cluster),
      anchorPx: cluster.px,
      step,
      panBy,
      zoomBy,
      showAll,
    });
  };

  const ticks = x ? x.ticks(Math.max(2, Math.floor((width - LEFT - RIGHT) / 110))) : [];
  const domain = x?.domain() ?? [];
  const formatTick = tickFormatter(domain.length ? domain[1]!.getTime() - domain[0]!.getTime() : 0);
  const focusedCluster = clusters ? Math.min(clusterFocus, clusters.length - 1) : 0;

  return (
    <div className="timeline-chart" ref={box}>
      <div className="timeline-chart__tools" role="toolbar" aria-label={t('timeline.title')}>
        <button type="button" className="button" data-testid="timeline-zoom-in" onClick={() => zoomBy(1.5)}>
          {t('timeline.zoomIn')}
        </button>
        <button type="button" className="button" data-testid="timeline-zoom-out" onClick={() => zoomBy(1 / 1.5)}>
          {t('timeline.zoomOut')}
        </button>
        <button type="button" className="button" data-testid="timeline-show-all" onClick={showAll}>
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
          <clipPath id="timeline-plot-clip">
            <rect x={LEFT} y={0} width={Math.max(0, width - LEFT - RIGHT)} height={height} />
          </clipPath>
        </defs>
        {lanes.map((lane, i) => (
          <g key={lane.key} className="timeline-lane">
            {i % 2 === 0 ? (
              <rect className="timeline-lane__band" x={0} y={TOP + i * LANE} width={width} height={LANE} />
            ) : null}
            <text className="timeline-lane__label" x={8} y={TOP + i * LANE + LANE / 2 + 4}>
              {(lane.label ?? (timeline.groupBy === 'tag' ? t('timeline.untagged') : t('timeline.noOutlet'))).slice(
                0,
                22,
              )}
            </text>
          </g>
        ))}
        <g clipPath="url(#timeline-plot-clip)">
          {x
            ? ticks.map((tick) => (
                <line
                  key={tick.getTime()}
                  className="timeline-grid"
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={TOP}
                  y2={plotBottom}
                />
              ))
            : null}
          {x
            ? timeline.events.map((e) => {
                const ex = x(new Date(eventInstant(e.date)));
                return visible(ex) ? (
                  <g key={e.noteId} className="timeline-event" data-testid="timeline-event">
                    <line x1={ex} x2={ex} y1={TOP - 12} y2={plotBottom} />
                    <path d={`M${ex},${TOP - 16} l5,5 l-5,5 l-5,-5 z`} />
                    <title>{t('timeline.eventLabel', { date: formatDate(e.date), label: e.label })}</title>
                  </g>
                ) : null;
              })
            : null}
        </g>
        <g ref={brushLayer} className="timeline-chart__brush" data-testid="timeline-brush" />
        <g className="timeline-marks" clipPath="url(#timeline-plot-clip)">
          {clusters
            ? clusters.map((cluster, i) => {
                const inRange = !range || (cluster.endMs >= range[0] && cluster.startMs <= range[1]);
                const label =
                  cluster.count === 1
                    ? spotLabel(spots[cluster.firstSpot]!)
                    : t('timeline.clusterLabel', {
                        count: cluster.count,
                        from: formatDate(new Date(cluster.startMs).toISOString()),
                        to: formatDate(new Date(cluster.endMs).toISOString()),
                        lane: laneName(cluster.laneIndex),
                      });
                return (
                  <circle
                    key={`${cluster.laneIndex}-${cluster.firstSpot}`}
                    data-testid="timeline-cluster"
                    data-count={cluster.count}
                    data-cluster={i}
                    className={`timeline-mark timeline-mark--cluster${inRange ? '' : ' is-dimmed'}`}
                    cx={cluster.px}
                    cy={TOP + cluster.laneIndex * LANE + LANE / 2}
                    r={clusterRadius(cluster.count)}
                    fill={LANE_COLOURS[cluster.laneIndex % LANE_COLOURS.length]}
                    role="button"
                    tabIndex={i === focusedCluster ? 0 : -1}
                    aria-label={label}
                    onClick={() => {
                      setClusterFocus(i);
                      openCluster(cluster);
                    }}
                    onKeyDown={(event) => onClusterKey(event, i)}
                  >
                    <title>{label}</title>
                  </circle>
                );
              })
            : x
              ? spots.map((spot, i) => {
                  const mx = x(new Date(spot.ms));
                  if (!visible(mx)) return null;
                  const inRange = !range || (spot.ms >= range[0] && spot.ms <= range[1]);
                  return (
                    <circle
                      key={`${spot.articleId}-${spot.laneIndex}`}
                      data-testid="timeline-mark"
                      data-id={spot.articleId}
                      data-spot={i}
                      className={`timeline-mark${inRange ? '' : ' is-dimmed'}${spot.articleId === openedId ? ' is-open' : ''}`}
                      cx={mx}
                      cy={TOP + spot.laneIndex * LANE + LANE / 2}
                      r={6}
                      fill={LANE_COLOURS[spot.laneIndex % LANE_COLOURS.length]}
                      role="button"
                      tabIndex={i === focusIndex ? 0 : -1}
                      aria-label={spotLabel(spot)}
                      onClick={() => {
                        setFocusIndex(i);
                        onOpen(spot.articleId);
                      }}
                      onKeyDown={(event) => onMarkKey(event, i)}
                    >
                      <title>{spotLabel(spot)}</title>
                    </circle>
                  );
                })
              : null}
        </g>
        <g className="timeline-axis" transform={`translate(0, ${plotBottom})`}>
          <rect
            className="timeline-chart__pan"
            x={LEFT}
            y={0}
            width={Math.max(0, width - LEFT - RIGHT)}
            height={AXIS}
          />
          <line x1={LEFT} x2={width - RIGHT} y1={0} y2={0} />
          {x
            ? ticks.map((tick) => {
                const tx = x(tick);
                return visible(tx) ? (
                  <text key={tick.getTime()} x={tx} y={18} textAnchor="middle">
                    {formatTick(tick)}
                  </text>
                ) : null;
              })
            : null}
        </g>
      </svg>
    </div>
  );
}
