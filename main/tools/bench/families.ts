import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleId } from '../../../preload/api';
import { insertArticle } from '../../../db/articles';
import { insertSource } from '../../../db/sources';
import { backfillFamilies } from '../../core/families/backfill';
import { normalizedTextHash, sha256Hex } from '../../core/library/text-hash';
import { openTestCore } from '../../test-support/open-test-core';
import { addTestArticle } from '../../test-support/test-article';
import type { Benchmark } from './benchmark';
import { buildLargeLibrary, buildSyndicationCorpus, loadRealArticles } from './families-corpus';

export interface FamiliesBenchReport {
  pairs: { precision: number; recall: number; truePairs: number; foundPairs: number; correctPairs: number };
  /** The families hook's own cost per imported article (fingerprint, band lookup, confirmation, writes). */
  msPerArticle: number;
  /** Same run, same articles: the whole store (source, row, entities, search index, families) per article. */
  referenceStoreMsPerArticle: number;
  /** Families computed from scratch (the backfill, worker thread) for a library of `fullLibraryArticles`. */
  fullLibraryMs: number;
  fullLibraryArticles: number;
  fullLibraryFamilies: number;
  /** Articles in the labelled syndication corpus (originals and copies). */
  articles: number;
  exactDuplicatesRefused: number;
  realArticles: number;
  /** Families whose members come from more than one true story (should be none). */
  mixedFamilies: number;
}

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

function pairKeys(groups: number[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const s = [...g].sort((a, b) => a - b);
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(`${s[i]}:${s[j]}`);
  }
  return out;
}

async function measureCorpus(dir: string, log: (line: string) => void) {
  const real = loadRealArticles();
  const corpus = buildSyndicationCorpus(real);
  log(`families: ${real.length} real articles, ${corpus.length} in the syndication corpus`);
  const core = openTestCore(join(dir, 'corpus.sqlite'));
  const index = core.parts.families;
  let familiesMs = 0;
  const fingerprint = index.fingerprint.bind(index);
  const addArticle = index.addArticle.bind(index);
  index.fingerprint = (...args) => {
    const t = performance.now();
    const r = fingerprint(...args);
    familiesMs += performance.now() - t;
    return r;
  };
  index.addArticle = (...args) => {
    const t = performance.now();
    addArticle(...args);
    familiesMs += performance.now() - t;
  };
  const storyOf = new Map<ArticleId, number>();
  let duplicates = 0;
  const started = performance.now();
  for (const [i, a] of corpus.entries()) {
    // A copy whose text came out identical to another (nothing changed but the headline) is an
    // exact duplicate, which Dossier already refuses before families see it: not counted.
    try {
      const id = addTestArticle(core, { ...a, fileName: `corpus-${i}.html` });
      storyOf.set(id, a.story);
    } catch (err) {
      if (!String(err).includes('was a duplicate')) throw err;
      duplicates++;
    }
  }
  const storeMs = performance.now() - started;
  const { families } = await core.api.listFamilies();
  const truth = new Map<number, number[]>();
  for (const [id, story] of storyOf) truth.set(story, [...(truth.get(story) ?? []), id]);
  const truePairs = pairKeys([...truth.values()]);
  const found = pairKeys(families.map((f) => f.articleIds));
  const correct = [...found].filter((p) => truePairs.has(p)).length;
  const mixed = families.filter((f) => new Set(f.articleIds.map((id) => storyOf.get(id))).size > 1).length;
  core.close();
  return {
    pairs: {
      precision: found.size === 0 ? 1 : round(correct / found.size, 4),
      recall: truePairs.size === 0 ? 1 : round(correct / truePairs.size, 4),
      truePairs: truePairs.size,
      foundPairs: found.size,
      correctPairs: correct,
    },
    msPerArticle: round(familiesMs / storyOf.size),
    referenceStoreMsPerArticle: round(storeMs / storyOf.size),
    articles: storyOf.size,
    exactDuplicatesRefused: duplicates,
    realArticles: real.length,
    mixedFamilies: mixed,
    real,
  };
}

async function measureFullLibrary(
  dir: string,
  size: number,
  real: ReturnType<typeof loadRealArticles>,
  log: (line: string) => void,
) {
  const core = openTestCore(join(dir, 'full.sqlite'));
  const texts = buildLargeLibrary(real, size);
  const now = new Date().toISOString();
  log(`families: writing ${size} articles (without hooks) for the from-scratch run...`);
  for (let start = 0; start < texts.length; start += 5000) {
    core.db.transaction(() => {
      for (let i = start; i < Math.min(texts.length, start + 5000); i++) {
        const { text, language } = texts[i]!;
        const content = Buffer.from(`${i}\n${text}`);
        const sourceId = insertSource(core.db, {
          sha256: sha256Hex(content),
          fileName: `a-${i}.txt`,
          content,
          importedAt: now,
        });
        insertArticle(
          core.db,
          sourceId,
          {
            title: `Article ${i}`,
            byline: null,
            siteName: null,
            publishedAt: null,
            language,
            url: null,
            canonicalUrl: null,
            excerpt: null,
            html: '',
            text,
            wordCount: text.split(' ').length,
            format: 'txt',
            textHash: normalizedTextHash(`${i} ${text}`),
            metadata: {},
          },
          now,
        );
      }
    })();
  }
  let last = 0;
  core.events.on('families:progress', (p) => {
    if (p.done - last >= 10_000 || p.done === p.total) {
      last = p.done;
      log(`families: ${p.done}/${p.total}`);
    }
  });
  const started = performance.now();
  await backfillFamilies(core.context, core.parts.families);
  const ms = performance.now() - started;
  const { families } = await core.api.listFamilies();
  core.close();
  return { fullLibraryMs: Math.round(ms), fullLibraryArticles: size, fullLibraryFamilies: families.length };
}

export const familiesBenchmark: Benchmark = {
  async run(args, log) {
    const sizesAt = args.indexOf('--sizes');
    const size = sizesAt >= 0 ? Number(args[sizesAt + 1]) : args.includes('--quick') ? 5000 : 50_000;
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-families-'));
    try {
      const { real, ...corpus } = await measureCorpus(dir, log);
      const full = await measureFullLibrary(dir, size, real, log);
      const report: FamiliesBenchReport = { ...corpus, ...full };
      return report;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  format(raw) {
    const r = raw as FamiliesBenchReport;
    return [
      `Families (${r.articles} articles from ${r.realArticles} real ones; goals: precision >= 0.98, recall >= 0.95)`,
      `  pairs: precision ${r.pairs.precision}, recall ${r.pairs.recall} (${r.pairs.correctPairs} of ${r.pairs.foundPairs} found, ${r.pairs.truePairs} true)`,
      `  families mixing stories: ${r.mixedFamilies}`,
      `  per imported article: ${r.msPerArticle} ms for families (whole store, same run: ${r.referenceStoreMsPerArticle} ms; goal < 5 ms)`,
      `  from scratch: ${r.fullLibraryArticles} articles in ${r.fullLibraryMs} ms, ${r.fullLibraryFamilies} families (goal < 120000 ms)`,
    ].join('\n');
  },
};
