import { diffWords } from 'diff';
import type { DiffPart } from '../../../preload/api';

/**
 * A word-level diff with jsdiff (`diff`, pinned): a Myers diff on word tokens that keeps the
 * whitespace between words, maintained for over a decade and used by Mocha and Jest. Hand-written
 * diffing is what the developers' guide tells us not to do.
 */
export function diffText(base: string, other: string): { parts: DiffPart[]; added: number; removed: number } {
  const parts: DiffPart[] = [];
  let added = 0;
  let removed = 0;
  for (const change of diffWords(base, other)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const words = change.value.split(/\s+/u).filter(Boolean).length;
    if (kind === 'added') added += words;
    if (kind === 'removed') removed += words;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return { parts, added, removed };
}
