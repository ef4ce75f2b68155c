import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countArticles } from '../../../db/articles';
import { countMentions } from '../../../db/entities-network';
import type { EntityNetwork, NetworkScope } from '../../../preload/api';
import { openTestCore } from '../../test-support/open-test-core';
import type { Benchmark } from './benchmark';
import {
  measureNetworkInBrowser,
  type FrameReport,
  type FrameSamples,
  type NetworkBrowserReport,
  type PanReport,
} from './network-browser';
import { buildNetworkLibrary, SAMPLE_TAG } from './network-library';

interface CallTiming {
  /** First call after opening the library, then the median of three more, ms. */
  coldMs: number;
  medianMs: number;
  nodes: number;
  links: number;
}

export interface NetworkBenchReport {
  articles: number;
  mentions: number;
  buildMs: number | null;
  /** The machine's 1-, 5- and 15-minute load averages when the measures started and ended. */
  load: { start: number[]; end: number[] };
  contract: {
    library150: CallTiming;
    library500: CallTiming;
    sampleTag150: CallTiming;
    edgeArticlesMs: number;
  };
  browser: NetworkBrowserReport | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeCall(run: () => Promise<EntityNetwork>): Promise<CallTiming> {
  let t = performance.now();
  const first = await run();
  const coldMs = performance.now() - t;
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    await run();
    runs.push(performance.now() - t);
  }
  return {
    coldMs: Math.round(coldMs),
    medianMs: Math.round(median(runs)),
    nodes: first.nodes.length,
    links: first.edges.length,
  };
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export const networkBenchmark: Benchmark = {
  async run(args, log) {
    // --sizes N sets the library's size (--quick: 2,000); DOSSIER_NETWORK_LIBRARY keeps the built
    // library at that path and reuses it on the next run; --parts contract skips the browser.
    const size = Number(argValue(args, '--sizes')?.split(',')[0]) || (args.includes('--quick') ? 2000 : 50_000);
    const kept = process.env.DOSSIER_NETWORK_LIBRARY;
    const dir = kept ? null : mkdtempSync(join(tmpdir(), 'dossier-bench-network-'));
    const path = kept ? resolve(kept) : join(dir!, 'library.sqlite');
    try {
      let buildMs: number | null = null;
      if (!existsSync(path)) {
        log(`Building a ${size}-article library (bulk writes, then the app's own catch-up)…`);
        buildMs = Math.round(await buildNetworkLibrary(path, size, log));
      } else log(`Reusing ${path}`);
      // A fresh core, so the first call below is the one a reporter gets after starting the app; the
      // families backfill (nothing to do once built) is awaited so it never runs under a measure.
      const core = openTestCore(path);
      await core.parts.familiesBackfilled;
      const loadAtStart = loadavg();
      const articles = countArticles(core.db);
      const mentions = countMentions(core.db);
      log('Contract calls…');
      const library: NetworkScope = { kind: 'library' };
      const library150 = await timeCall(() => core.api.getEntityNetwork({ scope: library, maxNodes: 150 }));
      const library500 = await timeCall(() => core.api.getEntityNetwork({ scope: library, maxNodes: 500 }));
      const sampleTag150 = await timeCall(() =>
        core.api.getEntityNetwork({ scope: { kind: 'tag', tag: SAMPLE_TAG }, maxNodes: 150 }),
      );
      const strongest = (await core.api.getEntityNetwork({ scope: library, maxNodes: 150 })).edges[0];
      let t = performance.now();
      if (strongest) await core.api.listEdgeArticles({ scope: library, ...strongest, limit: 200 });
      const edgeArticlesMs = Math.round(performance.now() - t);
      core.close();
      let browser: NetworkBrowserReport | null = null;
      if (argValue(args, '--parts') !== 'contract') {
        log('Chromium: first frame and panning…');
        t = performance.now();
        browser = await measureNetworkInBrowser(path);
        log(`  (${Math.round((performance.now() - t) / 1000)} s)`);
      }
      return {
        articles,
        mentions,
        buildMs,
        load: { start: loadAtStart, end: loadavg() },
        contract: { library150, library500, sampleTag150, edgeArticlesMs },
        browser,
      } satisfies NetworkBenchReport;
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  },
  format(report) {
    const r = report as NetworkBenchReport;
    const call = (name: string, c: CallTiming) =>
      `  ${name.padEnd(26)} cold ${String(c.coldMs).padStart(6)} ms   median ${String(c.medianMs).padStart(6)} ms   ${c.nodes} nodes, ${c.links} links`;
    const frame = (name: string, f: FrameReport) =>
      `  ${name.padEnd(26)} first frame ${String(f.firstFrameMs).padStart(6)} ms (goal < 1000; answer in ${f.answeredMs ?? '?'} ms)   layout settled ${f.settledMs} ms   ${f.nodes} nodes, ${f.links} links`;
    const frames = (name: string, f: FrameSamples) =>
      `${frame(name, f)}\n  ${''.padEnd(26)} median of ${f.samples}, fastest ${f.minMs} ms, slowest ${f.maxMs} ms`;
    const fps = (name: string, p: PanReport) =>
      `  ${name.padEnd(26)} ${String(p.fps).padStart(5)} fps (goal 60)   p95 frame ${p.p95FrameMs} ms   longest ${p.maxFrameMs} ms   ${p.frames} frames`;
    const lines = [
      `Library: ${r.articles} articles, ${r.mentions} mentions${r.buildMs !== null ? `, built in ${Math.round(r.buildMs / 1000)} s` : ''}`,
      `Load average (1, 5, 15 min) at start ${r.load.start.map((l) => l.toFixed(2)).join(' ')}, at end ${r.load.end.map((l) => l.toFixed(2)).join(' ')}`,
      'Contract call getEntityNetwork (in process, SQLite):',
      call('library, top 150', r.contract.library150),
      call('library, top 500', r.contract.library500),
      call(`tag ${SAMPLE_TAG} (reference)`, r.contract.sampleTag150),
      `  listEdgeArticles, strongest link: ${r.contract.edgeArticlesMs} ms`,
    ];
    if (r.browser) {
      const b = r.browser;
      lines.push(
        `Chromium (${b.renderer}):`,
        frame('first open, top 150', b.firstOpen150),
        frames('library, top 150', b.library150),
        frames('library, top 500', b.library500),
        frames('tag (reference)', b.reference.sampleTag),
        fps('panning, 500 nodes', b.pan500),
        fps('panning, tag (reference)', b.reference.sampleTagPan),
        fps('idle page (reference)', b.reference.idleFps),
      );
    }
    return lines.join('\n');
  },
};
