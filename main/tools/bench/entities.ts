import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '../../../preload/api';
import { listMentionsWithStatus } from '../../../db/entities-mentions';
import { openTestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import { startLoopDelay } from './loop-delay';
import type { Benchmark } from './benchmark';
import { LABELLED_ARTICLES, parseLabelled, type GoldMention } from '../../test-support/entities-labelled';
import { formatSuggestionTyping, measureSuggestionTyping, type SuggestionTypingReport } from './suggestion-typing';

interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EntitiesBenchReport {
  labelled: {
    articles: number;
    goldMentions: number;
    perType: Record<EntityType, Score>;
    overall: Score;
    suggestionRecallOfMisses: number;
  };
  rescan: {
    articles: number;
    importMs: number;
    rescanMs: number;
    articlesPerSecond: number;
    mentions: number;
    aliases: number;
    /** Where matching ran: 'worker' (worker threads) or 'in-process' (on the main thread). */
    mode: string;
    /** Longest and 99th-percentile event-loop delay on the main thread during the re-scan, ms. */
    loopDelayMaxMs: number;
    loopDelayP99Ms: number;
  };
  /** Heuristic vs offline English taggers for pre-typing suggestions. */
  suggestionTyping: SuggestionTypingReport;
}

function score(tp: number, fp: number, fn: number): Score {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
    tp,
    fp,
    fn,
  };
}

/** Precision and recall of registry matching on the hand-labelled set (exact span and type). */
async function measureLabelled(): Promise<EntitiesBenchReport['labelled']> {
  const core = openTestCore(':memory:');
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    EntityType,
    { tp: number; fp: number; fn: number }
  >;
  let goldTotal = 0;
  let misses = 0;
  let missesSuggested = 0;
  try {
    for (const item of LABELLED_ARTICLES) {
      const { text, gold } = parseLabelled(item.text);
      goldTotal += gold.length;
      const id = addTestArticle(core, { text, language: item.language });
      const found = listMentionsWithStatus(core.db, id);
      const confirmed = found.filter((m) => m.status === 'confirmed');
      const key = (m: { start: number; end: number; type: EntityType }) => `${m.start}:${m.end}:${m.type}`;
      const goldKeys = new Set(gold.map(key));
      const predicted = new Set(confirmed.map(key));
      for (const m of confirmed) counts[m.type][goldKeys.has(key(m)) ? 'tp' : 'fp']++;
      for (const g of gold) {
        if (predicted.has(key(g))) continue;
        counts[g.type].fn++;
        misses++;
        if (found.some((m) => m.status === 'suggested' && overlaps(m, g))) missesSuggested++;
      }
    }
  } finally {
    core.close();
  }
  const perType = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)]),
  ) as Record<EntityType, Score>;
  const sum = (k: 'tp' | 'fp' | 'fn') => ENTITY_TYPES.reduce((n, t) => n + counts[t][k], 0);
  return {
    articles: LABELLED_ARTICLES.length,
    goldMentions: goldTotal,
    perType,
    overall: score(sum('tp'), sum('fp'), sum('fn')),
    suggestionRecallOfMisses: misses === 0 ? 1 : Math.round((missesSuggested / misses) * 1000) / 1000,
  };
}

function overlaps(a: { start: number; end: number }, b: GoldMention): boolean {
  return a.start < b.end && b.start < a.end;
}

const FILLER = [
  'Officials declined to comment on the talks, which continued late into the evening.',
  'Les discussions se sont poursuivies jusque tard dans la soirée, sans annonce officielle.',
  'Shipments of servers rose sharply in the third quarter, according to industry estimates.',
  'Le marché des centres de données reste tendu, et les délais de livraison s’allongent.',
  'Analysts said demand for accelerators would outstrip supply well into next year.',
];

/** A news-like article of about 2.5 KB built from the labelled texts and filler, unique by its serial number. */
function makeArticle(i: number, texts: readonly string[]): string {
  const parts: string[] = [`Dispatch ${i}.`];
  for (let k = 0; k < 6; k++) {
    parts.push(texts[(i * 7 + k * 3) % texts.length]!);
    parts.push(FILLER[(i + k) % FILLER.length]!);
  }
  return parts.join('\n\n');
}

/** Time to re-scan a whole library after one registry change. */
async function measureRescan(size: number, log: (line: string) => void): Promise<EntitiesBenchReport['rescan']> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-entities-'));
  const core = openTestCore(join(dir, 'library.sqlite'));
  try {
    const texts = LABELLED_ARTICLES.map((a) => parseLabelled(a.text).text);
    const importStart = performance.now();
    for (let i = 0; i < size; i++) {
      addTestArticle(core, {
        text: makeArticle(i, texts),
        language: 'fr',
        title: `Dispatch ${i}`,
        publishedAt: `202${i % 5}-0${(i % 9) + 1}-15`,
      });
      if ((i + 1) % 2000 === 0) log(`  imported ${i + 1} / ${size}`);
    }
    const importMs = performance.now() - importStart;
    const engine = core.parts.entityEngine;
    await engine.whenIdle();
    log('  registry change: adding an entity, re-scanning the library…');
    // Let the import's aftermath (a pause of several hundred ms after 10,000 stores) pass first,
    // so the event-loop delay below is the re-scan's own.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const start = performance.now();
    const loopDelay = startLoopDelay(5);
    await core.api.createEntity({
      name: 'Data centre',
      type: 'product',
      aliases: ['data centre', 'centres de données', 'data center'],
    });
    await engine.whenIdle();
    const rescanMs = performance.now() - start;
    const delay = loopDelay.stop();
    const mentions = (core.db.prepare('SELECT count(*) AS n FROM mentions').get() as { n: number }).n;
    const aliases = (core.db.prepare('SELECT count(*) AS n FROM entity_aliases').get() as { n: number }).n;
    return {
      articles: size,
      importMs: Math.round(importMs),
      rescanMs: Math.round(rescanMs),
      articlesPerSecond: Math.round(size / (rescanMs / 1000)),
      mentions,
      aliases,
      mode: engine.rescanMode ?? 'none',
      loopDelayMaxMs: Math.round(delay.max),
      loopDelayP99Ms: Math.round(delay.p99),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const entitiesBenchmark: Benchmark = {
  async run(args, log) {
    const quick = args.includes('--quick');
    const sizesAt = args.indexOf('--sizes');
    const size = sizesAt >= 0 ? Number(args[sizesAt + 1]?.split(',')[0]) || 10_000 : quick ? 1000 : 10_000;
    log('Labelled set…');
    const labelled = await measureLabelled();
    log('Suggestion typing (English)…');
    const suggestionTyping = await measureSuggestionTyping();
    log(`Re-scan of a ${size}-article library…`);
    const rescan = await measureRescan(size, log);
    return { labelled, rescan, suggestionTyping } satisfies EntitiesBenchReport;
  },
  format(report) {
    const r = report as EntitiesBenchReport;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const lines = [
      `Labelled set: ${r.labelled.articles} articles, ${r.labelled.goldMentions} hand-marked mentions (exact span and type)`,
      'TYPE           PRECISION  RECALL   TP  FP  FN',
      ...[...ENTITY_TYPES, 'overall' as const].map((t) => {
        const s = t === 'overall' ? r.labelled.overall : r.labelled.perType[t];
        return `${t.padEnd(14)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;
      }),
      `Misses proposed as suggestions: ${pct(r.labelled.suggestionRecallOfMisses)}`,
      '',
      ...formatSuggestionTyping(r.suggestionTyping),
      '',
      `Re-scan after a registry change: ${r.rescan.articles.toLocaleString()} articles in ${(r.rescan.rescanMs / 1000).toFixed(1)} s (${r.rescan.articlesPerSecond.toLocaleString()} articles/s; ${r.rescan.aliases.toLocaleString()} aliases, ${r.rescan.mentions.toLocaleString()} mentions)`,
      `  matching ran ${r.rescan.mode === 'worker' ? 'in worker threads' : r.rescan.mode}; main-thread event-loop delay during it: max ${r.rescan.loopDelayMaxMs} ms, p99 ${r.rescan.loopDelayP99Ms} ms`,
      `Import of those articles (all hooks): ${(r.rescan.importMs / 1000).toFixed(1)} s`,
    ];
    return lines.join('\n');
  },
};
