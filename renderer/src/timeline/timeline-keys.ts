import type { KeyboardEvent } from 'react';

/** What a key on a focused mark or cluster can do to the chart. */
export interface RovingChart {
  /** How many marks (or clusters) the arrows move between, and how to focus one. */
  count: number;
  focus: (index: number) => void;
  /** Opens the focused mark's article, or the focused cluster. */
  open: () => void;
  /** Where, in pixels, zooming with + and - is centred (the focused mark). */
  anchorPx: number | undefined;
  /** Pixels Shift+arrow pans by. */
  step: number;
  panBy: (px: number) => void;
  zoomBy: (factor: number, px: number | undefined) => void;
  showAll: () => void;
}

/**
 * The timeline's keyboard, the same for a mark and a cluster: arrows move (Shift+arrows pan),
 * Home/End go to the ends, Enter or Space opens, + and - zoom on it, 0 shows everything.
 */
export function onRovingKey(event: KeyboardEvent, index: number, chart: RovingChart): void {
  const keys: Record<string, () => void> = {
    ArrowRight: () => (event.shiftKey ? chart.panBy(-chart.step) : chart.focus(Math.min(chart.count - 1, index + 1))),
    ArrowLeft: () => (event.shiftKey ? chart.panBy(chart.step) : chart.focus(Math.max(0, index - 1))),
    Home: () => chart.focus(0),
    End: () => chart.focus(chart.count - 1),
    Enter: chart.open,
    ' ': chart.open,
    '+': () => chart.zoomBy(1.5, chart.anchorPx),
    '=': () => chart.zoomBy(1.5, chart.anchorPx),
    '-': () => chart.zoomBy(1 / 1.5, chart.anchorPx),
    '0': chart.showAll,
  };
  const action = keys[event.key];
  if (action) {
    event.preventDefault();
    event.stopPropagation();
    action();
  }
}
