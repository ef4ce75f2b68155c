import { describePublications } from '../families/family-citation';
import type { BriefSection } from '../../../preload/api';
import { buildBriefCss } from './brief-css';
import { briefWords, type BriefWords } from './brief-words';
import { renderNoteMarkdown } from './render-note-markdown';
import { briefTimelineFigure } from '../timeline/brief-figure';
import { articleDateLabel, sectionsToRender, splitCitation, type BriefFootnote, type BriefModel } from './brief-model';

/** Escapes text for HTML content and attribute values. Every user string goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function date(iso: string | null, m: BriefModel): string {
  return iso ? escapeHtml(iso.slice(0, 10)) : escapeHtml(words(m).word('undated'));
}

/** The brief's fixed words in the language chosen for it (default: the interface's, sent by the window). */
function words(m: BriefModel): BriefWords {
  return briefWords(m.definition.language);
}

/** Only http(s) links become links; anything else is shown as text. */
function link(url: string | null): string {
  if (!url) return '';
  const safe = /^https?:\/\//i.test(url);
  return safe ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function titlePage(m: BriefModel): string {
  const d = m.definition;
  return `<section class="title-page" id="title"><h1 dir="auto">${escapeHtml(d.title)}</h1>
${d.author ? `<p dir="auto">${words(m).word('preparedBy', { author: escapeHtml(d.author) })}</p>` : ''}
<p>${escapeHtml(m.generatedAt.slice(0, 10))}</p>
<p dir="auto">${escapeHtml(m.scopeLabel)}</p>
<p>${m.footnotes.length} quote${m.footnotes.length === 1 ? '' : 's'} · ${m.entities.length} entities</p></section>`;
}

function summary(m: BriefModel): string {
  return `<div class="summary" dir="auto">${renderNoteMarkdown(m.summary?.body ?? '')}</div>`;
}

function citationHtml(f: BriefFootnote): string {
  const { lead, url, collected } = splitCitation(f);
  return `${escapeHtml(lead)}${url ? ` ${link(url)}` : ''} ${escapeHtml(collected)}`;
}

function quotes(m: BriefModel): string {
  const items = m.footnotes
    .map(
      (
        f,
      ) => `<li><blockquote dir="auto">${escapeHtml(f.quote)}<sup><a class="fnref" href="#fn-${f.n}" id="fnref-${f.n}">[${f.n}]</a></sup></blockquote>
<p class="meta" dir="auto">— ${escapeHtml([f.author, f.outlet].filter(Boolean).join(', ') || f.headline)}</p></li>`,
    )
    .join('\n');
  const notes = m.footnotes
    .map((f) => `<li id="fn-${f.n}" value="${f.n}" dir="auto">[${f.n}] ${citationHtml(f)}</li>`)
    .join('\n');
  return `<ol class="quotes">${items}</ol><ol class="footnotes">${notes}</ol>`;
}

/** Under a digest article standing for a family: who else published the story. */
function alsoPublished(m: BriefModel, id: number): string {
  const copies = m.copiesByArticle.get(id);
  return copies?.length
    ? `<p class="also-published" dir="auto">Also published by ${escapeHtml(describePublications(copies))}</p>`
    : '';
}

function digest(m: BriefModel): string {
  return m.digestArticles
    .map((a) => {
      const meta = [a.siteName, articleDateLabel(a), a.byline]
        .filter(Boolean)
        .map((s) => escapeHtml(s!))
        .join(' · ');
      const tags = a.tags.length
        ? `<p class="tags">${a.tags.map((t) => `<span>${escapeHtml(t)}</span>`).join('')}</p>`
        : '';
      const notes = (m.notesByArticle.get(a.id) ?? [])
        .map((n) => `<div class="note" dir="auto">${renderNoteMarkdown(n)}</div>`)
        .join('');
      return `<article><h3 dir="auto" lang="${escapeHtml(a.language ?? '')}">${escapeHtml(a.title)}</h3>
<p class="meta" dir="auto">${meta}</p>${alsoPublished(m, a.id)}${a.excerpt ? `<p class="excerpt" dir="auto">${escapeHtml(a.excerpt)}</p>` : ''}${tags}${notes}</article>`;
    })
    .join('\n');
}

function entities(m: BriefModel): string {
  const rows = m.entities
    .map(
      (e) => `<tr><td dir="auto">${escapeHtml(e.name)}</td><td>${escapeHtml(e.type)}</td><td>${e.articles}</td></tr>`,
    )
    .join('');
  const w = words(m);
  return `<table><thead><tr><th>${w.word('entity')}</th><th>${w.word('type')}</th><th>${w.word('articles')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function timeline(m: BriefModel): string {
  const rows = m.articles
    .map(
      (a) =>
        `<tr><td class="date">${escapeHtml(articleDateLabel(a))}</td><td dir="auto">${escapeHtml(a.title)}</td><td dir="auto">${escapeHtml(a.siteName ?? '')}</td></tr>`,
    )
    .join('');
  const w = words(m);
  return `${briefTimelineFigure(m)}<table><thead><tr><th>${w.word('date')}</th><th>${w.word('headline')}</th><th>${w.word('outlet')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sources(m: BriefModel): string {
  const items = m.articles
    .map(
      (a) =>
        `<li><span dir="auto">${escapeHtml(a.fileName)}</span> (${formatBytes(a.bytes)}, ${words(m).word('collected', { date: `<span class="date">${date(a.importedAt, m)}</span>` })})<br><span class="sha">sha256 ${escapeHtml(a.sha256)}</span></li>`,
    )
    .join('\n');
  return `<ol class="sources">${items}</ol>`;
}

const BUILDERS: Record<Exclude<BriefSection, 'title'>, (m: BriefModel) => string> = {
  summary,
  quotes,
  digest,
  entities,
  timeline,
  sources,
};

/**
 * The source list is an appendix: when long it would fill most of a page anyway, so it starts on
 * its own page, where a reader looks for it; a short one follows the text. No other section forces
 * a page: measured on the demo's nvidia brief (13 articles, 50 entities), breaking before the
 * entity index too left a page three-quarters empty and added one.
 */
const SOURCES_PAGE_AT = 12;

function sectionHtml(m: BriefModel, s: Exclude<BriefSection, 'title'>): string {
  const newPage = s === 'sources' && m.articles.length > SOURCES_PAGE_AT ? ' class="new-page"' : '';
  return `<section id="${s}"${newPage}><h2>${escapeHtml(words(m).word(s))}</h2>\n${BUILDERS[s](m)}</section>`;
}

/**
 * Renders the brief as one self-contained HTML document: inline CSS, system fonts, no scripts,
 * and a CSP that forbids every load, so opening or printing it never touches the network.
 * Sections with nothing in them are left out.
 */
export function renderBriefHtml(m: BriefModel): string {
  const body = sectionsToRender(m)
    .map((s) => (s === 'title' ? titlePage(m) : sectionHtml(m, s)))
    .join('\n');
  return `<!doctype html>
<html lang="${words(m).language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Dossier">
<title>${escapeHtml(m.definition.title)}</title>
<style>${buildBriefCss({
    title: m.definition.title,
    pageSize: m.definition.pageSize ?? 'A4',
    pageOf: words(m).word('pageOf', { page: '{{page}}', pages: '{{pages}}' }),
  })}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
