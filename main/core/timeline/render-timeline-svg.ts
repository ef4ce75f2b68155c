import { scaleTime } from 'd3-scale';
import type { Timeline } from '../../../preload/api';
import { timelineWords } from './timeline-words';

/** Escapes text for SVG (XML) content and attribute values. Every user string goes through it. */
function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The lanes' colours: Okabe–Ito, readable by colour-blind readers and in print. */
export const LANE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F7F7F'];

const WIDTH = 960;
const LEFT = 170;
const RIGHT = 24;
const TOP = 64;
const LANE_HEIGHT = 28;
const AXIS_HEIGHT = 40;
/** Days around a lone date, so one article still gets an axis. */
const PAD_MS = 86_400_000;

/** The instant a mark or an event sits at (events are calendar days: noon UTC keeps them on their day). */
export function eventInstant(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** Every mark's and event's time, and the range they span (padded), or null when there is nothing dated. */
export function timelineExtent(t: Timeline): [number, number] | null {
  const times = [...t.marks.map((m) => Date.parse(m.publishedAt)), ...t.events.map((e) => eventInstant(e.date))];
  if (times.length === 0) return null;
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max(PAD_MS, (hi - lo) * 0.03);
  return [lo - pad, hi + pad];
}

/** A tick label in the language: days when the range is short, months, else years. */
function tickFormatter(language: string, spanMs: number): (d: Date) => string {
  const days = spanMs / PAD_MS;
  const options: Intl.DateTimeFormatOptions =
    days <= 62
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : days <= 3 * 365
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  const format = new Intl.DateTimeFormat(language, options);
  return (d) => format.format(d);
}

/**
 * Draws a timeline as one self-contained SVG: lanes with their names, a mark per article, the key
 * dates as labelled lines across the lanes, and a date axis in the language. No script, no font
 * or image loaded: it opens anywhere offline, prints, and sits inside a brief as it is.
 */
export function renderTimelineSvg(
  t: Timeline,
  options: { language?: string; title?: string; range?: { start: string; end: string } } = {},
): string {
  const words = timelineWords(options.language);
  const lanes = t.lanes.length ? t.lanes : [{ key: '', label: null, articles: 0 }];
  const height = TOP + lanes.length * LANE_HEIGHT + AXIS_HEIGHT;
  const title = escapeXml(options.title ?? words.word('title'));
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${title}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">
<title>${title}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="12" y="22" font-size="15" font-weight="bold" fill="#1a1a1a">${title}</text>`;
  const extent =
    options.range && !Number.isNaN(Date.parse(options.range.start)) && !Number.isNaN(Date.parse(options.range.end))
      ? ([Date.parse(options.range.start), Date.parse(options.range.end)] as [number, number])
      : timelineExtent(t);
  if (!extent) {
    return `${head}\n<text x="12" y="${TOP}" fill="#555555">${escapeXml(words.word('empty'))}</text>\n</svg>\n`;
  }
  const x = scaleTime()
    .domain([new Date(extent[0]), new Date(extent[1])])
    .range([LEFT, WIDTH - RIGHT]);
  const inRange = (ms: number) => ms >= extent[0] && ms <= extent[1];
  const laneY = new Map(lanes.map((l, i) => [l.key, TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2]));
  const axisY = TOP + lanes.length * LANE_HEIGHT;
  const parts: string[] = [head];

  lanes.forEach((lane, i) => {
    const y = laneY.get(lane.key)!;
    const name = lane.label ?? (t.groupBy === 'tag' ? words.word('untagged') : words.word('noOutlet'));
    if (i % 2 === 0)
      parts.push(`<rect x="0" y="${y - LANE_HEIGHT / 2}" width="${WIDTH}" height="${LANE_HEIGHT}" fill="#f3f4f6"/>`);
    parts.push(`<text x="12" y="${y + 4}" fill="#1a1a1a">${escapeXml(clip(name, 24))}</text>`);
  });

  const format = tickFormatter(words.language, extent[1] - extent[0]);
  for (const tick of x.ticks(8)) {
    const tx = x(tick).toFixed(1);
    parts.push(
      `<line x1="${tx}" x2="${tx}" y1="${TOP}" y2="${axisY + 5}" stroke="#d0d4da" stroke-width="1"/>`,
      `<text x="${tx}" y="${axisY + 20}" text-anchor="middle" fill="#444444">${escapeXml(format(tick))}</text>`,
    );
  }
  parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}" stroke="#444444"/>`);

  const events = t.events.filter((e) => inRange(eventInstant(e.date)));
  if (events.length)
    parts.push(
      `<text x="12" y="${TOP - 10}" fill="#8a4b00" font-style="italic">${escapeXml(words.word('keyDates'))}</text>`,
    );
  events.forEach((e, i) => {
    const ex = x(new Date(eventInstant(e.date))).toFixed(1);
    // Labels alternate between two heights so neighbouring key dates do not print over each other.
    const ly = TOP - 10 - (i % 2) * 14;
    parts.push(
      `<line x1="${ex}" x2="${ex}" y1="${ly + 3}" y2="${axisY}" stroke="#8a4b00" stroke-dasharray="4 3"/>`,
      `<text x="${ex}" y="${ly}" text-anchor="middle" fill="#8a4b00" font-size="11">${escapeXml(clip(e.label, 28))}</text>`,
    );
  });

  const colourOf = new Map(lanes.map((l, i) => [l.key, LANE_COLOURS[i % LANE_COLOURS.length]!]));
  for (const m of t.marks) {
    const ms = Date.parse(m.publishedAt);
    if (!inRange(ms)) continue;
    const mx = x(new Date(ms)).toFixed(1);
    for (const key of m.laneKeys) {
      parts.push(
        `<circle cx="${mx}" cy="${laneY.get(key)}" r="5" fill="${colourOf.get(key)}" fill-opacity="0.85" stroke="#ffffff"><title>${escapeXml(m.title)}</title></circle>`,
      );
    }
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
