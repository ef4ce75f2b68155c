import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../../preload/api';

/** A span an English tagger thinks is a name, with the type it gives (null: a name of no known type). */
export interface TaggedSpan {
  start: number;
  end: number;
  type: EntityType | null;
}

/** An offline English tagger under evaluation for pre-typing suggestions. */
export interface EnglishTagger {
  name: string;
  /** npm packages it needs (their on-disk size is its install cost). */
  packages: readonly string[];
  /** Name-like spans in `text`. */
  tag(text: string): TaggedSpan[];
}

// The taggers are optional: they are measured, not shipped. They are imported by a computed name so the
// benchmark builds and runs without them (it says how to install them) and the app never bundles them.
async function importOptional(name: string): Promise<unknown> {
  try {
    const mod = (await import(/* @vite-ignore */ name)) as { default?: unknown };
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

interface CompromiseMatch {
  offset: { start: number; length: number };
  text: string;
}
interface CompromiseView {
  json(options: { offset: true }): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}

/** `compromise` (rule-and-lexicon tagger, ships its lexicon): people, places, organisations. */
export async function loadCompromise(): Promise<EnglishTagger | null> {
  const nlp = (await importOptional('compromise')) as ((text: string) => CompromiseDoc) | null;
  if (typeof nlp !== 'function') return null;
  return {
    name: 'compromise',
    packages: ['compromise', 'efrt', 'grad-school', 'suffix-thumb'],
    tag(text) {
      const doc = nlp(text);
      const spans: TaggedSpan[] = [];
      const add = (view: CompromiseView, type: EntityType): void => {
        for (const m of view.json({ offset: true })) {
          // The match text may carry trailing punctuation ("Raimondo,"); keep the letters only.
          const trimmed = m.text.replace(/[^\p{L}\p{N}]+$/u, '');
          spans.push({ start: m.offset.start, end: m.offset.start + trimmed.length, type });
        }
      };
      add(doc.people(), 'person');
      add(doc.places(), 'place');
      add(doc.organizations(), 'organisation');
      return spans;
    },
  };
}

interface WinkDoc {
  tokens(): { out(field: unknown): string[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown };
}

/**
 * `wink-nlp` with `wink-eng-lite-web-model` (the model ships inside the package). Its named-entity
 * recogniser knows dates, money and numbers but not people or companies, so it can only propose
 * runs of proper nouns (PROPN), untyped.
 */
export async function loadWink(): Promise<EnglishTagger | null> {
  const winkNLP = (await importOptional('wink-nlp')) as ((model: unknown) => WinkNlp) | null;
  const model = await importOptional('wink-eng-lite-web-model');
  if (typeof winkNLP !== 'function' || model === null) return null;
  const wink = winkNLP(model);
  return {
    name: 'wink-nlp',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    tag(text) {
      const tokens = wink.readDoc(text).tokens();
      const values = tokens.out(wink.its.value);
      const pos = tokens.out(wink.its.pos);
      const spans: TaggedSpan[] = [];
      let cursor = 0;
      let run: TaggedSpan | null = null;
      for (let i = 0; i < values.length; i++) {
        const at = text.indexOf(values[i]!, cursor);
        if (at < 0) continue; // wink normalises a few characters; skip what cannot be located
        cursor = at + values[i]!.length;
        if (pos[i] === 'PROPN') {
          if (run && at - run.end <= 1) run.end = cursor;
          else spans.push((run = { start: at, end: cursor, type: null }));
        } else {
          run = null;
        }
      }
      return spans;
    },
  };
}

/**
 * Tags only the sentences that hold one of `spans` (the finder's candidates), with offsets into
 * `text`: a tagger's cost grows with the text it reads, and most sentences hold no suggestion.
 */
export function tagSentencesAround(
  tagger: EnglishTagger,
  text: string,
  spans: readonly { start: number; end: number }[],
): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of findSentences(text)) {
    if (!spans.some((c) => c.start < s.end && s.start < c.end)) continue;
    for (const t of tagger.tag(text.slice(s.start, s.end)))
      out.push({ start: t.start + s.start, end: t.end + s.start, type: t.type });
  }
  return out;
}

/** Sentence spans: ends at ".", "!" or "?" followed by a space, or at a line break. */
export function findSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s)|\n/g)) {
    const end = m.index + 1;
    if (end - start > 1) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** On-disk size of a folder, KB (0 when absent). */
export function sizeKb(path: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true }))
      if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  } catch {
    return 0;
  }
  return Math.round(bytes / 1024);
}

/**
 * The shipped typer's one-off cost, loading compromise and typing one name, measured in a fresh
 * Node process: in this one the labelled set (stored as English articles) has loaded it already.
 */
export function measureLoadInChild(): { ms: number; mb: number } {
  const script = `const h0 = process.memoryUsage().heapUsed; const t0 = performance.now();
    require('compromise')('Warm Up').people().found; const ms = performance.now() - t0; global.gc();
    console.log(JSON.stringify({ ms: Math.round(ms), mb: Math.round((process.memoryUsage().heapUsed - h0) / 1e5) / 10 }));`;
  const child = spawnSync(process.execPath, ['--expose-gc', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
  try {
    return JSON.parse(child.stdout) as { ms: number; mb: number };
  } catch {
    return { ms: -1, mb: -1 };
  }
}
