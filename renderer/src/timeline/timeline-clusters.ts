/**
 * Above a few thousand marks an SVG with one circle per article stops being usable (tens of
 * thousands of DOM nodes to lay out on every zoom step, marks drawn on top of each other). The
 * chart then draws clusters: the marks of a lane falling within a few pixels of each other become
 * one circle that says how many articles it holds; zooming in splits them again.
 */

/** Above this many marks on screen, the chart draws clusters. */
export const MAX_DRAWN_MARKS = 1500;
/** The width of a cluster's slot, in pixels: about a mark's diameter, so nothing drawn overlaps. */
export const CLUSTER_PX = 10;

export interface ClusterSpot {
  ms: number;
  laneIndex: number;
}

export interface MarkCluster {
  laneIndex: number;
  /** Where the cluster is drawn: the mean position of its marks. */
  px: number;
  count: number;
  startMs: number;
  endMs: number;
  /** Index (in the spots given) of the cluster's first mark, the one a one-mark cluster stands for. */
  firstSpot: number;
}

/** Groups the visible marks by lane and slot; null when few enough marks are on screen to draw each. */
export function clusterSpots(
  spots: readonly ClusterSpot[],
  toPx: (ms: number) => number,
  isVisible: (px: number) => boolean,
): MarkCluster[] | null {
  const pixels = new Float64Array(spots.length);
  let shown = 0;
  for (let i = 0; i < spots.length; i++) {
    pixels[i] = toPx(spots[i]!.ms);
    if (isVisible(pixels[i]!)) shown++;
  }
  if (shown <= MAX_DRAWN_MARKS) return null;
  const slots = new Map<string, MarkCluster & { sumPx: number }>();
  for (let i = 0; i < spots.length; i++) {
    const px = pixels[i]!;
    if (!isVisible(px)) continue;
    const spot = spots[i]!;
    const key = `${spot.laneIndex}:${Math.floor(px / CLUSTER_PX)}`;
    const slot = slots.get(key);
    if (!slot) {
      slots.set(key, {
        laneIndex: spot.laneIndex,
        px,
        sumPx: px,
        count: 1,
        startMs: spot.ms,
        endMs: spot.ms,
        firstSpot: i,
      });
      continue;
    }
    slot.count++;
    slot.sumPx += px;
    if (spot.ms < slot.startMs) {
      slot.startMs = spot.ms;
      slot.firstSpot = i;
    }
    if (spot.ms > slot.endMs) slot.endMs = spot.ms;
  }
  // Left to right, then top to bottom: the order the arrow keys walk them.
  return [...slots.values()]
    .map(({ sumPx, ...cluster }) => ({ ...cluster, px: sumPx / cluster.count }))
    .sort((a, b) => a.px - b.px || a.laneIndex - b.laneIndex);
}

/** A cluster's radius: grows with the logarithm of its size, so a thousand articles stay a dot, not a blot. */
export function clusterRadius(count: number): number {
  return Math.min(12, 4 + 1.5 * Math.log2(count));
}
