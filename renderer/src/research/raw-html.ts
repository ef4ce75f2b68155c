import { SANITIZE_FORBID_ATTR } from '../../../preload/contract/sanitize-policy';

/**
 * Raw HTML typed or pasted into a note, rewritten so that every tag the browser's HTML parser
 * will see is one written here: strict tag syntax only (CommonMark's), no event handler, no
 * style attribute, no <style>/<script>-like element, no comment; any other "<" becomes text.
 *
 * Why not just parse and clean: Chromium checks the page's CSP while *parsing* (a `style` or
 * `on*` attribute, a <style> element), even in an inert DOMParser or createHTMLDocument
 * document, and reports a violation each time. DOMPurify cleans after that parse, so every note
 * with a handler raised reports. This runs before any parse; DOMPurify still cleans afterwards.
 */

/** Elements dropped with everything up to their end tag (their content is raw text or unseen). */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'svg',
  'math',
  'object',
]);
/**
 * Void elements dropped outright: a <base>, <meta> or <link> is checked against the CSP
 * (base-uri, a refresh, a stylesheet) as soon as it is parsed, inert document or not.
 */
const DROPPED_VOID = new Set(['base', 'meta', 'link']);
const FORBIDDEN_ATTRIBUTES = new Set(SANITIZE_FORBID_ATTR);

const OPEN_TAG_NAME = /<([a-zA-Z][a-zA-Z0-9-]*)/y;
const ATTRIBUTE = /\s+([a-zA-Z_:][a-zA-Z0-9_.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const OPEN_TAG_END = /\s*(\/?)>/y;
const CLOSE_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/y;

function keepsAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('on') && !FORBIDDEN_ATTRIBUTES.has(lower);
}

function quoteValue(value: string): string {
  return value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Reads a strict open tag at `at`; returns its rewrite and where it ends, or null if it is not one. */
function readOpenTag(raw: string, at: number): { name: string; html: string; end: number } | null {
  OPEN_TAG_NAME.lastIndex = at;
  const open = OPEN_TAG_NAME.exec(raw);
  if (!open) return null;
  const name = open[1]!.toLowerCase();
  let html = `<${name}`;
  let pos = OPEN_TAG_NAME.lastIndex;
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const attribute = ATTRIBUTE.exec(raw);
    if (!attribute) break;
    pos = ATTRIBUTE.lastIndex;
    const attrName = attribute[1]!.toLowerCase();
    if (!keepsAttribute(attrName)) continue;
    const value = attribute[2] ?? attribute[3] ?? attribute[4];
    html += value === undefined ? ` ${attrName}` : ` ${attrName}="${quoteValue(value)}"`;
  }
  OPEN_TAG_END.lastIndex = pos;
  const close = OPEN_TAG_END.exec(raw);
  if (!close) return null;
  return { name, html: `${html}${close[1] ? ' /' : ''}>`, end: OPEN_TAG_END.lastIndex };
}

/** Where the content of a dropped element ends: after its end tag, or the end of the text. */
function endOfDropped(raw: string, name: string, from: number): number {
  const closing = raw.toLowerCase().indexOf(`</${name}`, from);
  if (closing < 0) return raw.length;
  const gt = raw.indexOf('>', closing);
  return gt < 0 ? raw.length : gt + 1;
}

/** Rewrites raw HTML (a tag or an HTML block of Markdown) so no parser meets a handler or a style. */
export function rewriteRawHtml(raw: string): string {
  let out = '';
  let pos = 0;
  while (pos < raw.length) {
    const lt = raw.indexOf('<', pos);
    if (lt < 0) return out + raw.slice(pos);
    out += raw.slice(pos, lt);
    if (raw.startsWith('<!--', lt)) {
      const end = raw.indexOf('-->', lt + 4);
      pos = end < 0 ? raw.length : end + 3;
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const closeTag = CLOSE_TAG.exec(raw);
    if (closeTag) {
      const name = closeTag[1]!.toLowerCase();
      if (!DROPPED_WITH_CONTENT.has(name) && !DROPPED_VOID.has(name)) out += `</${name}>`;
      pos = CLOSE_TAG.lastIndex;
      continue;
    }
    const tag = readOpenTag(raw, lt);
    if (!tag) {
      out += '&lt;';
      pos = lt + 1;
    } else if (DROPPED_WITH_CONTENT.has(tag.name)) {
      pos = endOfDropped(raw, tag.name, tag.end);
    } else if (DROPPED_VOID.has(tag.name)) {
      pos = tag.end;
    } else {
      out += tag.html;
      pos = tag.end;
    }
  }
  return out;
}
