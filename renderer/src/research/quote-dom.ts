import type { Quote, QuoteId } from '../../../preload/api';

/** Characters ignored when comparing rendered text with the stored plain text (as in the core). */
const IGNORED = /[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]/u;

function countVisible(text: string): number {
  let n = 0;
  for (const c of text) if (!IGNORED.test(c)) n += c.length;
  return n;
}

/** Offset in `text` just before its `visible`-th non-ignored character. */
function offsetOfVisible(text: string, visible: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i]!)) continue;
    if (seen === visible) return i;
    seen++;
  }
  return text.length;
}

/**
 * What to send to createQuote for the current selection in the reader body: the selected text,
 * and the offset in the article's plain text where it probably starts (to tell repeats apart),
 * found by counting visible characters before the selection. Null when nothing in the body is
 * selected.
 */
export function readQuoteSelection(
  body: HTMLElement,
  text: string,
  selection: Selection | null,
): { exact: string; start: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer)) return null;
  const exact = selection.toString();
  if (countVisible(exact) === 0) return null;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { exact, start: offsetOfVisible(text, countVisible(before.toString())) };
}

interface VisibleMap {
  chars: string;
  nodes: Text[];
  /** For each visible character: index into `nodes` and offset inside that node. */
  at: { node: number; offset: number }[];
}

function mapVisible(root: HTMLElement): VisibleMap {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const map: VisibleMap = { chars: '', nodes: [], at: [] };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const index = map.nodes.push(text) - 1;
    for (let i = 0; i < text.data.length; i++) {
      const c = text.data[i]!;
      if (IGNORED.test(c)) continue;
      map.chars += c;
      map.at.push({ node: index, offset: i });
    }
  }
  return map;
}

function wrapSegment(text: Text, start: number, end: number, id: QuoteId): HTMLElement {
  if (end < text.data.length) text.splitText(end);
  const target = start > 0 ? text.splitText(start) : text;
  const mark = text.ownerDocument.createElement('mark');
  mark.className = 'quote-highlight';
  mark.dataset.testid = 'quote-highlight';
  mark.dataset.id = String(id);
  target.replaceWith(mark);
  mark.append(target);
  return mark;
}

/**
 * Marks each quote's passage in the rendered body with <mark data-testid="quote-highlight">.
 * The passage is looked up by its visible characters, nearest to where its stored offset says
 * it is; orphaned quotes are not drawn (their passage is gone). Returns the marks by quote id.
 */
export function highlightQuotes(
  body: HTMLElement,
  quotes: readonly Quote[],
  text: string,
): Map<QuoteId, HTMLElement[]> {
  const result = new Map<QuoteId, HTMLElement[]>();
  for (const quote of quotes) {
    if (quote.anchorStatus === 'orphaned') continue;
    let needle = '';
    for (const c of quote.exact) if (!IGNORED.test(c)) needle += c;
    if (!needle) continue;
    const map = mapVisible(body);
    const expected = countVisible(text.slice(0, quote.start));
    let best = -1;
    for (let at = map.chars.indexOf(needle); at !== -1; at = map.chars.indexOf(needle, at + 1)) {
      if (best === -1 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
    }
    if (best === -1) continue;
    // Group the covered characters by text node, then wrap each node's run once.
    const runs = new Map<number, { start: number; end: number }>();
    for (let i = best; i < best + needle.length; i++) {
      const { node, offset } = map.at[i]!;
      const run = runs.get(node);
      if (run) run.end = offset + 1;
      else runs.set(node, { start: offset, end: offset + 1 });
    }
    // The passage is contiguous: inner nodes are covered whole, including their spaces.
    const order = [...runs.keys()];
    const firstNode = order[0]!;
    const lastNode = order[order.length - 1]!;
    for (let n = firstNode; n <= lastNode; n++) {
      const data = map.nodes[n]!.data;
      // Whitespace-only nodes between paragraphs stay unmarked (a <mark> there is stray markup).
      if (!runs.has(n) && !/\S/.test(data)) continue;
      const length = data.length;
      runs.set(n, { start: n === firstNode ? runs.get(n)!.start : 0, end: n === lastNode ? runs.get(n)!.end : length });
    }
    const marks = [...runs]
      .filter(([node, run]) => run.end > run.start && map.nodes[node]!.data.length > 0)
      .map(([node, run]) => wrapSegment(map.nodes[node]!, run.start, run.end, quote.id));
    result.set(quote.id, marks);
  }
  return result;
}
