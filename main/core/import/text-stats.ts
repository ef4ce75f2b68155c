import { sharedJsdomWindow } from './jsdom-window';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** Words of one stretch of text that starts and ends at whitespace (or at the text's ends). */
function countWordsIn(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + rest;
}

/** Stretches counted at a time, so a book-length text never becomes one array of all its words. */
const COUNT_CHUNK = 64 * 1024;

/**
 * Counts words the way a reader would: every Chinese or Japanese character counts as one (those
 * scripts do not separate words with spaces), everything else by runs of letters and digits.
 */
export function countWords(text: string): number {
  if (text.length <= COUNT_CHUNK) return countWordsIn(text);
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + COUNT_CHUNK);
    // Cut at whitespace so no word is counted twice; a stretch without any is taken whole.
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    count += countWordsIn(text.slice(start, end));
    start = end;
  }
  return count;
}

/** The first ~`max` characters of the text, cut at a word boundary. */
export function makeExcerpt(text: string, max = 280): string | null {
  // Only the start matters: flattening a whole book's whitespace would copy all of it.
  const head = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
  const flat = head.replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  if (flat.length <= max && head === text) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'DL',
  'DT',
  'DD',
  'HR',
  'ADDRESS',
]);

/** Plain text of an HTML fragment with paragraph breaks kept (blocks become blank lines). */
export function htmlToText(html: string): string {
  // The thread's one jsdom window (loaded on first use): a window of its own would cost as much again.
  const root = sharedJsdomWindow().document.createElement('div');
  root.innerHTML = html;
  return nodeToText(root);
}

/**
 * How the text walk reads a tree: the DOM's nodes here, parse5's light tree in article-text.ts.
 * `tagName` is an element's upper-case name and null for anything else; `text` is a text node's
 * value and null for anything else.
 */
export interface TextTree<N> {
  text(node: N): string | null;
  tagName(node: N): string | null;
  children(node: N): Iterable<N>;
}

/**
 * Plain text of a tree with paragraph breaks kept (blocks become blank lines), leaving out the
 * elements named in `skip` (upper case) with everything inside them.
 */
export function treeToText<N>(root: N, tree: TextTree<N>, skip?: ReadonlySet<string>): string {
  const parts: string[] = [];
  const walk = (node: N): void => {
    const value = tree.text(node);
    if (value !== null) {
      parts.push(value.replace(/\s+/g, ' '));
      return;
    }
    const tag = tree.tagName(node);
    if (tag === null || skip?.has(tag)) return;
    if (tag === 'BR') parts.push('\n');
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    if (tag === 'TD' || tag === 'TH') parts.push(' ');
    for (const child of tree.children(node)) walk(child);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return normalizeText(parts.join(''));
}

function* domChildren(node: Node): Iterable<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

const DOM_TREE: TextTree<Node> = {
  text: (node) => (node.nodeType === 3 ? (node.nodeValue ?? '') : null),
  tagName: (node) => (node.nodeType === 1 ? (node as Element).tagName : null),
  children: domChildren,
};

/** Plain text of a parsed DOM tree with paragraph breaks kept (blocks become blank lines). */
export function nodeToText(root: Node): string {
  return treeToText(root, DOM_TREE);
}

/** Trims each line, collapses runs of blank lines, trims the whole. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Escapes text for HTML, and turns blank-line separated paragraphs into <p> elements. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
