import type { EntityId } from '../../../preload/api';
import { AhoCorasick } from './aho-corasick';
import { foldForMatching, foldPunctuation, isWordUnit } from './text-fold';

/** One alias as the matcher needs it. */
export interface MatchableAlias {
  entityId: EntityId;
  alias: string;
  caseSensitive: boolean;
}

/** A mention found in a text: offsets in UTF-16 code units into the text, end exclusive. */
export interface FoundMention {
  entityId: EntityId;
  start: number;
  end: number;
  /** The registry alias that matched. */
  alias: string;
}

interface PatternEntry {
  entityId: EntityId;
  alias: string;
  /** The alias with punctuation folded, compared with the text when the alias is case-sensitive. */
  exactForm: string;
  caseSensitive: boolean;
  needsLeftEdge: boolean;
  needsRightEdge: boolean;
}

/**
 * Finds registry aliases in texts. Rules: a match must sit on word edges (apostrophes and
 * hyphens are edges, so "l'A800", "d'AMD" and "Nvidia's" match); aliases that start or end
 * with a Chinese or Japanese character need no edge on that side; case-sensitive aliases must
 * match in exact case; where matches overlap, the longest wins (then the earliest).
 */
export class EntityMatcher {
  private readonly automaton = new AhoCorasick();
  private readonly patterns: PatternEntry[][] = [];
  private readonly patternIds = new Map<string, number>();

  constructor(aliases: Iterable<MatchableAlias>) {
    for (const a of aliases) this.addAlias(a);
    this.automaton.build();
  }

  private addAlias(a: MatchableAlias): void {
    const trimmed = a.alias.trim();
    if (trimmed.length === 0) return;
    const folded = foldForMatching(trimmed);
    let id = this.patternIds.get(folded);
    if (id === undefined) {
      id = this.automaton.add(folded);
      this.patternIds.set(folded, id);
      this.patterns[id] = [];
    }
    const first = trimmed.charCodeAt(0);
    const last = trimmed.charCodeAt(trimmed.length - 1);
    this.patterns[id]!.push({
      entityId: a.entityId,
      alias: trimmed,
      exactForm: foldPunctuation(trimmed),
      caseSensitive: a.caseSensitive,
      needsLeftEdge: isWordUnit(first),
      needsRightEdge: isWordUnit(last),
    });
  }

  /** Number of distinct folded aliases in the automaton. */
  get size(): number {
    return this.automaton.patternCount;
  }

  /** Every mention in `text`, sorted by position, without overlaps. */
  findMentions(text: string): FoundMention[] {
    const folded = foldForMatching(text);
    let exactText: string | undefined;
    const candidates: FoundMention[] = [];
    this.automaton.search(folded, (id, start, end) => {
      let chosen: PatternEntry | undefined;
      for (const entry of this.patterns[id]!) {
        if (entry.needsLeftEdge && start > 0 && isWordUnit(folded.charCodeAt(start - 1))) continue;
        if (entry.needsRightEdge && end < folded.length && isWordUnit(folded.charCodeAt(end))) continue;
        if (entry.caseSensitive) {
          exactText ??= foldPunctuation(text);
          if (exactText.slice(start, end) !== entry.exactForm) continue;
          chosen = entry; // an exact-case match is the strongest claim on the span
          break;
        }
        chosen ??= entry;
      }
      if (chosen) candidates.push({ entityId: chosen.entityId, start, end, alias: chosen.alias });
    });
    return selectLongest(candidates, text.length);
  }
}

/** Keeps the longest of overlapping matches (the earliest among equals). */
function selectLongest(candidates: FoundMention[], textLength: number): FoundMention[] {
  if (candidates.length <= 1) return candidates;
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: FoundMention[] = [];
  for (const m of candidates) {
    let free = true;
    for (let i = m.start; i < m.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
