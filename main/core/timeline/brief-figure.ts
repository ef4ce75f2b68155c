import type { BriefModel } from '../export/brief-model';
import { shapeTimeline } from './build-timeline';
import { renderTimelineSvg } from './render-timeline-svg';

/**
 * The brief's timeline section opens with the timeline as a picture: the brief's articles by
 * outlet and its key dates, drawn by the same code as the exported SVG. Inline SVG needs no image
 * load, so it passes the brief's CSP (`default-src 'none'`) and prints as vectors in the PDF.
 */
export function briefTimelineFigure(m: BriefModel): string {
  const timeline = shapeTimeline({ kind: 'library' }, 'outlet', m.articles, m.datedNotes);
  if (timeline.marks.length === 0 && timeline.events.length === 0) return '';
  const svg = renderTimelineSvg(timeline, { language: m.definition.language, title: m.definition.title });
  return `<figure class="timeline-figure">${svg.replace(/width="960" height="(\d+)"/, 'width="100%"')}</figure>`;
}
