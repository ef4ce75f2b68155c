import { join } from 'node:path';
import { ENTITY_TYPES, type EntityId, type EntityType } from '../../../preload/api';
import { DEMO_ARTICLES } from '../../core/demo/demo-articles';
import { EntityMatcher, type FoundMention } from '../../core/entities/matcher';
import { SEED_REGISTRY } from '../../core/entities/registry';
import { createEnglishNameTyper } from '../../core/entities/english-name-typer';
import { findCandidates, type Candidate } from '../../core/entities/suggestion-finder';
import type { SuggestionTyper } from '../../core/entities/suggestion-typer';
import { LABELLED_ARTICLES, parseLabelled, type GoldMention } from '../../test-support/entities-labelled';
import {
  loadCompromise,
  loadWink,
  measureLoadInChild,
  sizeKb,
  tagSentencesAround,
  type EnglishTagger,
  type TaggedSpan,
} from './suggestion-taggers';

/** How one way of proposing and typing suggestions did. */
export interface TypingScore {
  system: string;
  /** Gold names it was tried on. */
  gold: number;
  /** Gold names it proposes at all (a proposal overlapping the name). */
  proposed: number;
  /** Proposed names given the gold type. */
  typedRight: number;
  /** typedRight / proposed: how often a suggestion's pre-filled type is right. */
  typeAccuracy: number;
  perType: Record<EntityType, { gold: number; proposed: number; typedRight: number }>;
  /** Proposals on the labelled English articles that overlap no hand-marked name. */
  falseCandidates: number;
}

/** What one tagger costs. */
export interface TaggerCost {
  tagger: string;
  msPerArticle: number;
  loadMs: number;
  /** Heap growth from loading it and tagging every article once, MB (rough: the GC may not be exposed). */
  heapMb: number;
  /** On-disk size of its npm packages, KB (the main build keeps dependencies external, so this is what ships). */
  installKb: number;
}

export interface SuggestionTypingReport {
  articles: number;
  goldNames: number;
  goldPerType: Record<EntityType, number>;
  scores: TypingScore[];
  costs: TaggerCost[];
  /** Taggers that are not installed (the benchmark measures whichever are). */
  missing: string[];
}

interface Trial {
  start: number;
  end: number;
  type: EntityType;
  candidates: Candidate[];
  /** The same candidates as the app types them for an English article (finder + English typer). */
  typed: Candidate[];
  article: number;
  /** A hand-marked name the shipped registry does not know at all (the tagger's lexicon may not either). */
  unknown: boolean;
}

interface EnglishText {
  text: string;
  /** Hand-marked names (labelled articles only), for counting false candidates. */
  gold: GoldMention[] | null;
}

const REPS = 3;
const COMPROMISE_PACKAGES = ['compromise', 'efrt', 'grad-school', 'suffix-thumb'];

function collectEnglishTexts(): EnglishText[] {
  const labelled = LABELLED_ARTICLES.filter((a) => a.language === 'en').map((a) => parseLabelled(a.text));
  const demo = DEMO_ARTICLES.filter((a) => a.language === 'en').map((a) => ({
    text: a.paragraphs.join('\n\n'),
    gold: null,
  }));
  return [...labelled, ...demo];
}

function buildMatcher(skip: number | null): EntityMatcher {
  return new EntityMatcher(
    SEED_REGISTRY.flatMap((e, i) =>
      i === skip
        ? []
        : e.aliases.map((a) => ({ entityId: i as EntityId, alias: a.alias, caseSensitive: a.caseSensitive })),
    ),
  );
}

function candidatesOutside(text: string, mentions: readonly FoundMention[], typer?: SuggestionTyper): Candidate[] {
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  return findCandidates(text, (s, e) => covered.subarray(s, e).includes(1), typer);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * The trials: every registry mention in an English article, found again with its entity removed
 * from the registry ("if this entity were unknown, would we type it right?"), plus the hand-marked
 * names of the labelled set that the registry does not know.
 */
function buildTrials(texts: readonly EnglishText[]): Trial[] {
  const full = buildMatcher(null);
  const typer = createEnglishNameTyper();
  const without = new Map<number, EntityMatcher>();
  const trials: Trial[] = [];
  texts.forEach(({ text, gold }, article) => {
    const mentions = full.findMentions(text);
    for (const id of new Set(mentions.map((m) => m.entityId as number))) {
      let matcher = without.get(id);
      if (!matcher) without.set(id, (matcher = buildMatcher(id)));
      const covering = matcher.findMentions(text);
      const candidates = candidatesOutside(text, covering);
      const typed = candidatesOutside(text, covering, typer);
      for (const m of mentions)
        if (m.entityId === id)
          trials.push({
            start: m.start,
            end: m.end,
            type: SEED_REGISTRY[id]!.type,
            candidates,
            typed,
            article,
            unknown: false,
          });
    }
    if (gold) {
      const candidates = candidatesOutside(text, mentions);
      const typed = candidatesOutside(text, mentions, typer);
      for (const g of gold)
        if (!mentions.some((m) => overlaps(m, g))) trials.push({ ...g, candidates, typed, article, unknown: true });
    }
  });
  return trials;
}

type Typer = (trial: Trial, candidate: Candidate) => EntityType | null;

function typeFromSpans(spans: readonly TaggedSpan[], c: { start: number; end: number }): EntityType | null {
  return spans.find((s) => s.type !== null && overlaps(s, c))?.type ?? null;
}

function emptyPerType(): TypingScore['perType'] {
  return Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, { gold: 0, proposed: 0, typedRight: 0 }]),
  ) as TypingScore['perType'];
}

function finish(system: string, perType: TypingScore['perType'], falseCandidates: number): TypingScore {
  const proposed = ENTITY_TYPES.reduce((n, t) => n + perType[t].proposed, 0);
  const typedRight = ENTITY_TYPES.reduce((n, t) => n + perType[t].typedRight, 0);
  const gold = ENTITY_TYPES.reduce((n, t) => n + perType[t].gold, 0);
  return {
    system,
    gold,
    proposed,
    typedRight,
    typeAccuracy: proposed === 0 ? 0 : Math.round((typedRight / proposed) * 1000) / 1000,
    perType,
    falseCandidates,
  };
}

/** The finder's candidates, typed by `typer`. */
function scoreFinder(system: string, trials: readonly Trial[], typer: Typer, falseCandidates: number): TypingScore {
  const perType = emptyPerType();
  for (const t of trials) {
    perType[t.type].gold++;
    const c = t.candidates.find((x) => overlaps(x, t));
    if (!c) continue;
    perType[t.type].proposed++;
    if (typer(t, c) === t.type) perType[t.type].typedRight++;
  }
  return finish(system, perType, falseCandidates);
}

/** A tagger on its own: its spans are the proposals, its types the types. */
function scoreTaggerAlone(
  system: string,
  trials: readonly Trial[],
  spans: readonly TaggedSpan[][],
  falseCandidates: number,
): TypingScore {
  const perType = emptyPerType();
  for (const t of trials) {
    perType[t.type].gold++;
    const s = spans[t.article]!.find((x) => overlaps(x, t));
    if (!s) continue;
    perType[t.type].proposed++;
    if (s.type === t.type) perType[t.type].typedRight++;
  }
  return finish(system, perType, falseCandidates);
}

/** Proposals on labelled articles (full registry) that overlap neither a hand-marked name nor a registry mention. */
function countFalse(
  texts: readonly EnglishText[],
  propose: (text: string, index: number, mentions: FoundMention[]) => { start: number; end: number }[],
): number {
  const full = buildMatcher(null);
  let n = 0;
  texts.forEach(({ text, gold }, i) => {
    if (!gold) return;
    const mentions = full.findMentions(text);
    for (const p of propose(text, i, mentions))
      if (!gold.some((g) => overlaps(g, p)) && !mentions.some((m) => overlaps(m, p))) n++;
  });
  return n;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function timePerArticle(texts: readonly EnglishText[], run: (text: string, first: boolean) => unknown): number {
  const start = performance.now();
  for (let r = 0; r < REPS; r++) texts.forEach((t, i) => run(t.text, i === 0));
  return Math.round(((performance.now() - start) / (REPS * texts.length)) * 100) / 100;
}

/** Measures the current heuristic against each installed offline English tagger. */
export async function measureSuggestionTyping(): Promise<SuggestionTypingReport> {
  const texts = collectEnglishTexts();
  const shippedLoad = measureLoadInChild();
  const trials = buildTrials(texts);
  const scores: TypingScore[] = [];
  const costs: TaggerCost[] = [];
  const missing: string[] = [];
  const heuristicFalse = countFalse(texts, (text, _i, mentions) => candidatesOutside(text, mentions));
  scores.push(scoreFinder('heuristic (French, Chinese)', trials, (_t, c) => c.type, heuristicFalse));
  const shipped: Typer = (t, c) => t.typed.find((x) => x.start === c.start)?.type ?? null;
  scores.push(scoreFinder('finder + compromise on names (English, shipped)', trials, shipped, heuristicFalse));
  // Names no registry entry covers: the real suggestions of the labelled set, which a lexicon is less likely to know.
  const unknown = trials.filter((t) => t.unknown);
  scores.push(
    scoreFinder(
      `  heuristic, ${unknown.length} names outside the registry`,
      unknown,
      (_t, c) => c.type,
      heuristicFalse,
    ),
  );
  scores.push(scoreFinder(`  shipped, ${unknown.length} names outside the registry`, unknown, shipped, heuristicFalse));
  const full = buildMatcher(null);
  costs.push({
    tagger: 'heuristic',
    msPerArticle: timePerArticle(texts, (text) => candidatesOutside(text, full.findMentions(text))),
    loadMs: 0,
    heapMb: 0,
    installKb: 0,
  });
  // A fresh typer per pass, so its cache of names helps only within a pass, as in one import.
  let typer = createEnglishNameTyper();
  costs.push({
    tagger: 'shipped (names)',
    msPerArticle: timePerArticle(texts, (text, first) => {
      if (first) typer = createEnglishNameTyper();
      return candidatesOutside(text, full.findMentions(text), typer);
    }),
    loadMs: shippedLoad.ms,
    heapMb: shippedLoad.mb,
    installKb: COMPROMISE_PACKAGES.reduce((n, p) => n + sizeKb(join(process.cwd(), 'node_modules', p)), 0),
  });

  for (const load of [loadCompromise, loadWink]) {
    const heapBefore = heapMb();
    const loadStart = performance.now();
    const tagger: EnglishTagger | null = await load();
    const loadMs = Math.round(performance.now() - loadStart);
    if (!tagger) {
      missing.push(load === loadCompromise ? 'compromise@14' : 'wink-nlp@2 wink-eng-lite-web-model@1');
      continue;
    }
    const spans = texts.map((t) => tagger.tag(t.text));
    const heap = Math.round((heapMb() - heapBefore) * 10) / 10;
    const msPerArticle = timePerArticle(texts, (text) => tagger.tag(text));
    const installKb = tagger.packages.reduce((n, p) => n + sizeKb(join(process.cwd(), 'node_modules', p)), 0);
    costs.push({ tagger: tagger.name, msPerArticle, loadMs, heapMb: heap, installKb });
    const taggerFalse = countFalse(texts, (_text, i) => spans[i]!);
    if (spans.some((s) => s.some((x) => x.type !== null))) {
      scores.push(
        scoreFinder(
          `finder + ${tagger.name} on whole article`,
          trials,
          (t, c) =>
            c.type === 'law' || c.type === 'product' ? c.type : (typeFromSpans(spans[t.article]!, c) ?? c.type),
          heuristicFalse,
        ),
      );
      // The same, reading only the sentences that hold a candidate (what wiring it in would do).
      const around = new Map<Candidate[], TaggedSpan[]>();
      const spansAround = (t: Trial): TaggedSpan[] => {
        let s = around.get(t.candidates);
        if (!s) around.set(t.candidates, (s = tagSentencesAround(tagger, texts[t.article]!.text, t.candidates)));
        return s;
      };
      scores.push(
        scoreFinder(
          `finder + ${tagger.name} on candidate sentences`,
          trials,
          (t, c) => (c.type === 'law' || c.type === 'product' ? c.type : (typeFromSpans(spansAround(t), c) ?? c.type)),
          heuristicFalse,
        ),
      );
      costs.push({
        tagger: `${tagger.name} (sentences)`,
        msPerArticle: timePerArticle(texts, (text) =>
          tagSentencesAround(tagger, text, candidatesOutside(text, full.findMentions(text))),
        ),
        loadMs,
        heapMb: heap,
        installKb,
      });
    }
    scores.push(scoreTaggerAlone(`${tagger.name} alone`, trials, spans, taggerFalse));
  }
  const goldPerType = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, trials.filter((x) => x.type === t).length]),
  ) as Record<EntityType, number>;
  return { articles: texts.length, goldNames: trials.length, goldPerType, scores, costs, missing };
}

/** The report as lines for people. */
export function formatSuggestionTyping(r: SuggestionTypingReport): string[] {
  const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((a / b) * 100).toFixed(1)}%`.padStart(6));
  const lines = [
    `Suggestion typing (English): ${r.articles} articles, ${r.goldNames} names, each typed as if the registry lacked it`,
    `  gold per type: ${ENTITY_TYPES.map((t) => `${t} ${r.goldPerType[t]}`).join(', ')}`,
    `  ${'SYSTEM'.padEnd(48)} PROPOSED  TYPE-ACC  ${ENTITY_TYPES.map((t) => t.slice(0, 6).padStart(6)).join(' ')}  FALSE`,
    ...r.scores.map(
      (s) =>
        `  ${s.system.padEnd(48)} ${pct(s.proposed, s.gold)}    ${pct(s.typedRight, s.proposed)}  ${ENTITY_TYPES.map((t) => pct(s.perType[t].typedRight, s.perType[t].proposed)).join(' ')}  ${String(s.falseCandidates).padStart(5)}`,
    ),
    '  (PROPOSED: share of names proposed at all; TYPE-ACC and per type: right type among those proposed; FALSE: proposals on the labelled articles that are no name)',
    `  ${'COST'.padEnd(20)} MS/ARTICLE  LOAD MS  HEAP MB  INSTALL KB`,
    ...r.costs.map(
      (c) =>
        `  ${c.tagger.padEnd(20)} ${c.msPerArticle.toFixed(2).padStart(10)}  ${String(c.loadMs).padStart(7)}  ${c.heapMb.toFixed(1).padStart(7)}  ${String(c.installKb).padStart(10)}`,
    ),
  ];
  if (r.missing.length > 0)
    lines.push(
      `  not installed, not measured (install with \`npm install --no-save ${r.missing.join(' ')}\`): ${r.missing.join(', ')}`,
    );
  return lines;
}
