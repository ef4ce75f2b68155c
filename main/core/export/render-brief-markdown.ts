import { describePublications } from '../families/family-citation';
import type { BriefSection } from '../../../preload/api';
import { articleDateLabel, formatCitationText, sectionsToRender, type BriefModel } from './brief-model';

/** Escapes Markdown syntax in user text so a headline or quote cannot become a link, heading or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Keeps paragraphs of a note, escaping each line. */
function block(text: string, prefix = ''): string {
  return text
    .split(/\n/)
    .map((line) => `${prefix}${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : 'undated');

const SECTIONS: Record<BriefSection, (m: BriefModel) => string[]> = {
  title: (m) => [
    `# ${escapeMarkdown(m.definition.title)}`,
    '',
    ...(m.definition.author ? [`Prepared by ${escapeMarkdown(m.definition.author)}  `] : []),
    `${m.generatedAt.slice(0, 10)}  `,
    `${escapeMarkdown(m.scopeLabel)}`,
  ],
  summary: (m) => ['## Summary', '', block(m.summary?.body ?? '')],
  quotes: (m) => [
    '## Key quotes',
    '',
    ...m.footnotes.flatMap((f) => [`> ${escapeMarkdown(f.quote)}[^${f.n}]`, '']).slice(0, -1),
  ],
  digest: (m) => [
    '## Article digest',
    ...m.digestArticles.flatMap((a) => [
      '',
      `### ${escapeMarkdown(a.title)}`,
      '',
      `${[a.siteName, articleDateLabel(a), a.byline]
        .filter(Boolean)
        .map((s) => escapeMarkdown(s!))
        .join(' · ')}  `,
      ...(m.copiesByArticle.get(a.id)?.length
        ? ['', `Also published by ${escapeMarkdown(describePublications(m.copiesByArticle.get(a.id)!))}`]
        : []),
      ...(a.excerpt ? ['', escapeMarkdown(a.excerpt)] : []),
      ...(a.tags.length ? ['', `Tags: ${a.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(', ')}`] : []),
      ...(m.notesByArticle.get(a.id) ?? []).flatMap((n) => ['', block(n, '> ')]),
    ]),
  ],
  entities: (m) => [
    '## Entity index',
    '',
    '| Entity | Type | Articles |',
    '|---|---|---|',
    ...m.entities.map((e) => `| ${escapeMarkdown(e.name)} | ${e.type} | ${e.articles} |`),
  ],
  timeline: (m) => [
    '## Timeline',
    '',
    ...m.articles.map(
      (a) =>
        `- ${articleDateLabel(a)} — ${escapeMarkdown(a.title)}${a.siteName ? ` (${escapeMarkdown(a.siteName)})` : ''}`,
    ),
  ],
  sources: (m) => [
    '## Source appendix',
    '',
    ...m.articles.map(
      (a, i) =>
        `${i + 1}. ${escapeMarkdown(a.fileName)} (${a.bytes} bytes, collected ${day(a.importedAt)})  \n   sha256 \`${a.sha256}\``,
    ),
  ],
};

/**
 * Renders the brief as Markdown; quotes carry `[^n]` footnotes numbered as in the HTML and PDF. Sections with
 * nothing in them are left out, as in the HTML.
 */
export function renderBriefMarkdown(m: BriefModel): string {
  const sections = sectionsToRender(m);
  const parts = sections.map((s) => SECTIONS[s](m).join('\n'));
  // Footnote definitions go last, and only when the quotes section cites them.
  if (sections.includes('quotes')) {
    parts.push(m.footnotes.map((f) => `[^${f.n}]: ${escapeMarkdown(formatCitationText(f))}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
