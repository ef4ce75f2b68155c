import { scaleTime, type ScaleTime } from 'd3-scale';
import type { Timeline } from '../../../preload/api';
import { currentLocale } from '../i18n/i18n';

/** The lanes' colours: Okabe–Ito, told apart by colour-blind readers (the same as the exported picture). */
export const LANE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F7F7F'];

const DAY_MS = 86_400_000;

/** A range of dates in milliseconds (brushed, or typed in the From/To fields); null for none. */
export type TimeRange = [number, number] | null;

/** A key date is a calendar day: noon UTC keeps it on its day in every time zone. */
export function eventInstant(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** The span every mark and key date covers, padded so none sits on the edge; null when nothing is dated. */
export function timelineExtent(t: Timeline): [number, number] | null {
  // A loop, not Math.min(...times): spreading a large library's marks as arguments overflows the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const ms of [...t.marks.map((m) => Date.parse(m.publishedAt)), ...t.events.map((e) => eventInstant(e.date))]) {
    if (ms < lo) lo = ms;
    if (ms > hi) hi = ms;
  }
  if (lo === Infinity) return null;
  const pad = Math.max(DAY_MS, (hi - lo) * 0.03);
  return [lo - pad, hi + pad];
}

/** The base time scale (before zoom) over the plot's pixels. */
export function baseScale(extent: [number, number], left: number, right: number): ScaleTime<number, number> {
  return scaleTime()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([left, right]);
}

/** Tick labels in the interface language: days for a short span, months, else years. */
export function tickFormatter(spanMs: number): (d: Date) => string {
  const days = spanMs / DAY_MS;
  const options: Intl.DateTimeFormatOptions =
    days <= 62
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : days <= 3 * 365
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const format = new Intl.DateTimeFormat(currentLocale(), options);
  return (d) => format.format(d);
}

/** `YYYY-MM-DD` of an instant (UTC), as a date input shows it. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
