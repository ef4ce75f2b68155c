import { brushX, type BrushBehavior } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useRef, type RefObject } from 'react';
import { LEFT, RIGHT, TOP } from './timeline-layout';
import type { TimeRange } from './timeline-scale';

/**
 * The brush (d3-brush) across the lanes, drawn in `layer`. The range lives in the view, not in
 * the brush: a reporter's drag reports a new one through `onRange`, and whatever set it (a drag,
 * the From/To fields, a cluster opened) the brush then shows it at the current zoom.
 */
export function useTimelineBrush(
  layer: RefObject<SVGGElement | null>,
  {
    x,
    width,
    plotBottom,
    range,
    onRange,
  }: {
    x: ScaleTime<number, number> | null;
    width: number;
    plotBottom: number;
    range: TimeRange;
    onRange: (range: TimeRange) => void;
  },
): void {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  // The brush is made again only when the plot changes size; its handler reads the latest scale
  // and callback through these.
  const xRef = useRef(x);
  xRef.current = x;
  const onRangeRef = useRef(onRange);
  onRangeRef.current = onRange;

  useEffect(() => {
    const el = layer.current;
    if (!el) return;
    const behaviour = brushX<unknown>()
      .extent([
        [LEFT, TOP],
        [width - RIGHT, plotBottom],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
        // A move made by code (below) has no source event: only a reporter's drag changes the range.
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
  }, [layer, width, plotBottom]);

  useEffect(() => {
    const el = layer.current;
    const behaviour = brushRef.current;
    if (!el || !behaviour || !x) return;
    const clamp = (v: number) => Math.min(width - RIGHT, Math.max(LEFT, v));
    const pixels = range ? ([clamp(x(new Date(range[0]))), clamp(x(new Date(range[1])))] as [number, number]) : null;
    // A range off screen clamps to one edge: the brush hides then, rather than show a sliver there.
    select(el).call(behaviour.move, pixels && pixels[1] - pixels[0] >= 1 ? pixels : null);
  }, [layer, range, x, width]);
}
