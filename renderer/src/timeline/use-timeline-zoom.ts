import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { LEFT, RIGHT, plotMiddle, plotWidth } from './timeline-layout';

/** How far the chart zooms in: a thousand times the whole span's scale. */
const MAX_ZOOM = 1000;

/** The zoomed time scale and the moves the buttons, the keys and a cluster ask of the zoom. */
export interface TimelineZoom {
  /** The base scale as zoomed and panned; null while nothing is dated. */
  x: ScaleTime<number, number> | null;
  /** Zooms by `factor` around a position in pixels (the plot's middle when none is given). */
  zoomBy: (factor: number, atPx?: number) => void;
  /** Pans by a distance in screen pixels, whatever the zoom. */
  panBy: (px: number) => void;
  showAll: () => void;
  /** Zooms so a span fills most of the plot (a cluster opening into its marks). */
  zoomToSpan: (startMs: number, endMs: number) => void;
}

/**
 * Zoom and pan (d3-zoom) on the chart's svg. The wheel zooms anywhere; a drag pans only on the
 * axis band (`.timeline-chart__pan`), since a drag across the lanes brushes a range. d3 keeps the
 * gesture's state and hands over a transform; React draws every layer from the scale made with it.
 */
export function useTimelineZoom(
  svg: RefObject<SVGSVGElement | null>,
  base: ScaleTime<number, number> | null,
  width: number,
  height: number,
): TimelineZoom {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const x = useMemo(() => (base ? transform.rescaleX(base) : null), [base, transform]);

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
  }, [svg, width, height]);

  // Each move goes through d3, so its transform stays the one source of truth.
  const zoomBy = (factor: number, atPx?: number) => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.scaleBy(select(el), factor, [atPx ?? plotMiddle(width), 0]);
  };
  const panBy = (px: number) => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.translateBy(select(el), px / transform.k, 0);
  };
  const showAll = () => {
    const el = svg.current;
    if (el && zoomRef.current) zoomRef.current.transform(select(el), zoomIdentity);
  };
  const zoomToSpan = (startMs: number, endMs: number) => {
    const el = svg.current;
    if (!el || !zoomRef.current || !base) return;
    const span = Math.max(1, base(new Date(endMs)) - base(new Date(startMs)));
    const k = Math.min(MAX_ZOOM, Math.max(1, (plotWidth(width) * 0.6) / span));
    const mid = base(new Date((startMs + endMs) / 2));
    zoomRef.current.transform(select(el), zoomIdentity.translate(plotMiddle(width) - k * mid, 0).scale(k));
  };

  return { x, zoomBy, panBy, showAll, zoomToSpan };
}
