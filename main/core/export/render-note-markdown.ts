import { Marked, type Tokens } from 'marked';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Markdown for notes in a brief, rendered without a DOM sanitizer by allowing only what Markdown
 * itself makes: raw HTML in a note is shown as text, links survive only as http(s), and images
 * become their alt text (a brief loads nothing).
 */
const notesMarked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link({ href, tokens }: Tokens.Link): string {
      const label = this.parser.parseInline(tokens);
      return /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
    },
    // A note's headings sit under the brief's own (h1 title, h2 sections, h3 articles).
    heading({ tokens, depth }: Tokens.Heading): string {
      const level = Math.min(depth + 3, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    image({ text }: Tokens.Image): string {
      return escapeHtml(text);
    },
  },
});

/** A note's Markdown as safe HTML for the brief. */
export function renderNoteMarkdown(markdown: string): string {
  return notesMarked.parse(markdown, { async: false });
}
