import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The inner width of a box (its client width less its horizontal padding), kept up to date as the
 * window resizes, never under `min`. Measured before paint, so a chart sized from it is not first
 * drawn at `initial` and then redrawn.
 */
export function useInnerWidth(box: RefObject<HTMLElement | null>, initial: number, min: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      setWidth(Math.max(min, Math.floor(el.clientWidth - padding)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, min]);
  return width;
}
