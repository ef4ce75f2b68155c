import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, Timeline, TimelineMark } from '../../../preload/api';
import { formatDate } from '../ui/format';
import { clusterRadius, clusterSpots, type MarkCluster } from './timeline-clusters';
import { onRovingKey } from './timeline-keys';
import { laneName, markLabel } from './timeline-labels';
import { LEFT, PLOT_CLIP_ID, RIGHT, isOnPlot, laneMiddle, plotMiddle, plotWidth } from './timeline-layout';
import { LANE_COLOURS, type TimeRange } from './timeline-scale';
import type { TimelineZoom } from './use-timeline-zoom';

/** One drawn mark: an article in one of its lanes. */
interface MarkSpot {
  articleId: ArticleId;
  ms: number;
  laneIndex: number;
  mark: TimelineMark;
}

/**
 * The marks layer: a circle per article and lane, or clusters when too many are on screen (see
 * timeline-clusters.ts). Marks outside the brushed range are dimmed. Either set is one tab stop
 * (roving focus, keys in timeline-keys.ts); a click or Enter opens a mark's article, or zooms into
 * a cluster's period and brushes it.
 */
export function TimelineMarks({
  timeline,
  x,
  width,
  range,
  onRange,
  openedId,
  onOpen,
  zoom,
}: {
  timeline: Timeline;
  x: TimelineZoom['x'];
  width: number;
  range: TimeRange;
  onRange: (range: TimeRange) => void;
  openedId: ArticleId | null;
  onOpen: (id: ArticleId) => void;
  zoom: Omit<TimelineZoom, 'x'>;
}) {
  const { t } = useTranslation();
  const layer = useRef<SVGGElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [clusterFocus, setClusterFocus] = useState(0);
  const { panBy, zoomBy, showAll, zoomToSpan } = zoom;

  const spots = useMemo<MarkSpot[]>(() => {
    const laneIndex = new Map(timeline.lanes.map((l, i) => [l.key, i]));
    return timeline.marks.flatMap((m) =>
      m.laneKeys.map((key) => ({
        articleId: m.articleId,
        ms: Date.parse(m.publishedAt),
        laneIndex: laneIndex.get(key) ?? 0,
        mark: m,
      })),
    );
  }, [timeline]);
  // Too many marks on screen: draw clusters instead (see timeline-clusters.ts).
  const clusters = useMemo<MarkCluster[] | null>(
    () =>
      x
        ? clusterSpots(
            spots,
            (ms) => x(new Date(ms)),
            (px) => isOnPlot(px, width),
          )
        : null,
    [spots, x, width],
  );

  useEffect(() => setFocusIndex((i) => Math.min(i, Math.max(0, spots.length - 1))), [spots.length]);

  /** Focuses a mark or a cluster after React has drawn it (a mark panned into view is not in the page yet). */
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => layer.current?.querySelector<SVGElement>(selector)?.focus({ preventScroll: true }));

  const focusSpot = (index: number) => {
    const spot = spots[index];
    if (!spot || !x) return;
    setFocusIndex(index);
    const px = x(new Date(spot.ms));
    // Moving to a mark off screen brings it into view.
    if (px < LEFT || px > width - RIGHT) panBy(plotMiddle(width) - px);
    focusLater(`[data-spot="${index}"]`);
  };

  const focusCluster = (index: number) => {
    setClusterFocus(index);
    focusLater(`[data-cluster="${index}"]`);
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

  // What the keys do to the chart is the same for a mark and a cluster; Shift+arrows pan by a fifth of the plot.
  const moves = { step: plotWidth(width) / 5, panBy, zoomBy, showAll };
  const onMarkKey = (event: KeyboardEvent, index: number) => {
    const spot = spots[index]!;
    onRovingKey(event, index, {
      count: spots.length,
      focus: focusSpot,
      open: () => onOpen(spot.articleId),
      anchorPx: x ? x(new Date(spot.ms)) : undefined,
      ...moves,
    });
  };
  const onClusterKey = (event: KeyboardEvent, index: number) => {
    const all = clusters ?? [];
    const cluster = all[index]!;
    onRovingKey(event, index, {
      count: all.length,
      focus: focusCluster,
      open: () => openCluster(cluster),
      anchorPx: cluster.px,
      ...moves,
    });
  };

  const focusedCluster = clusters ? Math.min(clusterFocus, clusters.length - 1) : 0;
  const spotLabel = (spot: MarkSpot) => markLabel(t, spot.mark);

  return (
    <g ref={layer} className="timeline-marks" clipPath={`url(#${PLOT_CLIP_ID})`}>
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
                    lane: laneName(t, timeline, cluster.laneIndex),
                  });
            return (
              <circle
                key={`${cluster.laneIndex}-${cluster.firstSpot}`}
                data-testid="timeline-cluster"
                data-count={cluster.count}
                data-cluster={i}
                className={`timeline-mark timeline-mark--cluster${inRange ? '' : ' is-dimmed'}`}
                cx={cluster.px}
                cy={laneMiddle(cluster.laneIndex)}
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
              if (!isOnPlot(mx, width)) return null;
              const inRange = !range || (spot.ms >= range[0] && spot.ms <= range[1]);
              return (
                <circle
                  key={`${spot.articleId}-${spot.laneIndex}`}
                  data-testid="timeline-mark"
                  data-id={spot.articleId}
                  data-spot={i}
                  className={`timeline-mark${inRange ? '' : ' is-dimmed'}${spot.articleId === openedId ? ' is-open' : ''}`}
                  cx={mx}
                  cy={laneMiddle(spot.laneIndex)}
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
  );
}
