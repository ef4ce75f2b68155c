import type { ArticleMention } from '../../../preload/api';

/** Characters ignored when lining rendered text up with the stored plain text. */
const IGNORED = /[\s\u00ad\u200b\u200c\u200d\u2060\ufeff]/u;

interface VisibleMap {
  chars: string;
  at: { node: Text; offset: number }[];
}

function mapVisible(root: HTMLElement): VisibleMap {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const chars: string[] = [];
  const at: VisibleMap['at'] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    for (let i = 0; i < text.data.length; i++) {
      if (IGNORED.test(text.data[i]!)) continue;
      chars.push(text.data[i]!);
      at.push({ node: text, offset: i });
    }
  }
  return { chars: chars.join(''), at };
}

/** For each offset of `text`, how many visible characters come before it. */
function visiblePrefix(text: string): Uint32Array {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i]! + (IGNORED.test(text[i]!) ? 0 : 1);
  return prefix;
}

/** Where the mention's visible characters are in the rendered body: at the expected place, else the nearest occurrence. */
function locate(chars: string, needle: string, expected: number): number {
  if (chars.startsWith(needle, expected)) return expected;
  const after = chars.indexOf(needle, expected);
  const before = chars.lastIndexOf(needle, expected);
  if (after === -1) return before;
  if (before === -1) return after;
  return after - expected < expected - before ? after : before;
}

function wrap(node: Text, start: number, end: number, mention: ArticleMention): HTMLElement {
  if (end < node.data.length) node.splitText(end);
  const target = start > 0 ? node.splitText(start) : node;
  const mark = node.ownerDocument.createElement('mark');
  mark.className = `entity-mention entity-mention--${mention.type}`;
  mark.dataset.testid = 'entity-mention';
  mark.dataset.entityId = String(mention.entityId);
  mark.title = mention.name;
  target.replaceWith(mark);
  mark.append(target);
  return mark;
}

/**
 * Marks each mention in the rendered article body with <mark class="entity-mention">. Mentions
 * carry offsets into the plain text; the body is HTML, so they are lined up by counting visible
 * characters, and wrapped from last to first so earlier positions stay valid.
 */
export function highlightMentions(root: HTMLElement, mentions: readonly ArticleMention[], text: string): HTMLElement[] {
  if (mentions.length === 0) return [];
  const map = mapVisible(root);
  const prefix = visiblePrefix(text);
  const marks: HTMLElement[] = [];
  const sorted = [...mentions].sort((a, b) => b.start - a.start);
  let limit = map.chars.length;
  for (const m of sorted) {
    const needle = [...text.slice(m.start, m.end)].filter((c) => !IGNORED.test(c)).join('');
    if (!needle) continue;
    const pos = locate(map.chars.slice(0, limit), needle, prefix[m.start] ?? 0);
    if (pos < 0) continue;
    limit = pos;
    // Group the characters by text node, then wrap each run (a mention may straddle <b>…</b>).
    const runs: { node: Text; start: number; end: number }[] = [];
    for (let i = pos; i < pos + needle.length; i++) {
      const { node, offset } = map.at[i]!;
      const last = runs[runs.length - 1];
      if (last && last.node === node) last.end = offset + 1;
      else runs.push({ node, start: offset, end: offset + 1 });
    }
    for (const run of runs.reverse()) marks.push(wrap(run.node, run.start, run.end, m));
  }
  return marks.reverse();
}
