/**
 * The chart's geometry, in pixels. The layers that draw it (lanes, axis, marks) and the d3
 * behaviours that act on it (zoom, brush) read it from here, because they must agree: a brush
 * whose extent differed from the plot drawn under it would select other dates than it shows.
 */

/** Left of the plot: room for the lane labels. */
export const LEFT = 150;
/** The margin right of the plot. */
export const RIGHT = 16;
/** Above the first lane: room for the key dates' diamonds. */
export const TOP = 30;
/** The height of one lane. */
export const LANE = 26;
/** The height of the date axis under the lanes. */
export const AXIS = 30;

/** The clip path that keeps zoomed marks, grid lines and key dates out of the lane labels. */
export const PLOT_CLIP_ID = 'timeline-plot-clip';

/** The plot's width for a chart `width` pixels wide. */
export function plotWidth(width: number): number {
  return width - LEFT - RIGHT;
}

/** The plot's middle: where the zoom buttons zoom, and where a mark brought into view lands. */
export function plotMiddle(width: number): number {
  return (LEFT + width - RIGHT) / 2;
}

/** Whether a position falls on the plot (half a pixel either side, so a mark on an edge is kept). */
export function isOnPlot(px: number, width: number): boolean {
  return px >= LEFT - 0.5 && px <= width - RIGHT + 0.5;
}

/** The vertical middle of a lane, where its marks are drawn. */
export function laneMiddle(laneIndex: number): number {
  return TOP + laneIndex * LANE + LANE / 2;
}

/** The bottom of the lanes (the top of the axis). */
export function plotBottomFor(laneCount: number): number {
  return TOP + Math.max(1, laneCount) * LANE;
}
