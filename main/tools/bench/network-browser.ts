import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './reliability/xss';
import { startServe } from './reliability/serve';
import { SAMPLE_TAG } from './network-library';

/** The mark the network canvas sets on the first frame of each graph (renderer/src/network/network-canvas.tsx). */
const FIRST_FRAME_MARK = 'dossier:network-first-frame';

export interface FrameReport {
  /** From the user's action (click or choice) to sigma's first frame of the new graph, ms. */
  firstFrameMs: number;
  /**
   * From the action to the end of the last API answer before that frame (browser mode's
   * /api/invoke): the rest of the first frame is the page's own work (module load, graph, drawing).
   */
  answeredMs: number | null;
  nodes: number;
  links: number;
  /** Until the ForceAtlas2 worker settled, ms after the action (the canvas stays live meanwhile). */
  settledMs: number;
}

export interface PanReport {
  fps: number;
  /** 95th percentile and longest interval between frames while dragging, ms. */
  p95FrameMs: number;
  maxFrameMs: number;
  frames: number;
}

/** The median of a few first frames of one kind, with the fastest and slowest. */
export interface FrameSamples extends FrameReport {
  samples: number;
  minMs: number;
  maxMs: number;
}

export interface NetworkBrowserReport {
  renderer: string;
  reference: { idleFps: PanReport; sampleTag: FrameSamples; sampleTagPan: PanReport };
  /** Opening the view for the first time (loads sigma.js, creates the WebGL context): one sample. */
  firstOpen150: FrameReport;
  /** Switching to the network again (the view open): median of ROUNDS samples each. */
  library150: FrameSamples;
  library500: FrameSamples;
  pan500: PanReport;
}

/** Rounds of switching between the networks: one sample on this shared machine is mostly its noise. */
const ROUNDS = 3;

function medianOf(reports: FrameReport[]): FrameSamples {
  const sorted = [...reports].sort((a, b) => a.firstFrameMs - b.firstFrameMs);
  return {
    ...sorted[Math.floor(sorted.length / 2)]!,
    samples: sorted.length,
    minMs: sorted[0]!.firstFrameMs,
    maxMs: sorted.at(-1)!.firstFrameMs,
  };
}

async function counts(page: Page): Promise<{ nodes: number; links: number }> {
  const label = (await page.getByTestId('network-canvas').getAttribute('aria-label')) ?? '';
  const [nodes = 0, links = 0] = (label.match(/\d+/g) ?? []).map(Number);
  return { nodes, links };
}

/** Runs `act` (which changes the graph) and waits for the new graph's first frame and its layout to settle. */
async function timeFirstFrame(page: Page, act: () => Promise<void>): Promise<FrameReport> {
  const t0 = await page.evaluate((mark) => {
    performance.clearMarks(mark);
    performance.clearResourceTimings();
    return performance.now();
  }, FIRST_FRAME_MARK);
  await act();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, {
    timeout: 120_000,
  });
  const { firstFrame, answered } = await page.evaluate((mark) => {
    const frame = performance.getEntriesByName(mark)[0]!.startTime;
    const ends = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/invoke') && (e as PerformanceResourceTiming).responseEnd <= frame)
      .map((e) => (e as PerformanceResourceTiming).responseEnd);
    return { firstFrame: frame, answered: ends.length > 0 ? Math.max(...ends) : null };
  }, FIRST_FRAME_MARK);
  await page.waitForSelector('[data-testid="network-canvas"][data-settling="false"]', { timeout: 120_000 });
  const settled = await page.evaluate(() => performance.now());
  return {
    firstFrameMs: Math.round(firstFrame - t0),
    answeredMs: answered === null ? null : Math.round(answered - t0),
    settledMs: Math.round(settled - t0),
    ...(await counts(page)),
  };
}

/** Frame pacing while `drive` runs: every requestAnimationFrame timestamp in the page. */
async function measureFrames(page: Page, drive: () => Promise<void>): Promise<PanReport> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      if (!w.__counting) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i]!)
    .sort((a, b) => a - b);
  const duration = frames.at(-1)! - frames[0]!;
  return {
    fps: Math.round(((frames.length - 1) / duration) * 1000 * 10) / 10,
    p95FrameMs: Math.round(intervals[Math.floor(intervals.length * 0.95)] ?? 0),
    maxFrameMs: Math.round(intervals.at(-1) ?? 0),
    frames: frames.length,
  };
}

/** Drags the canvas around in circles for about `ms`, as a reporter panning would. */
async function pan(page: Page, ms: number): Promise<void> {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  for (let k = 0; Date.now() - start < ms; k++) {
    const a = k / 10;
    await page.mouse.move(cx + Math.cos(a) * 120, cy + Math.sin(a) * 80);
  }
  await page.mouse.up();
}

/**
 * Opens the library in browser mode in real Chromium (software WebGL here) and times what the
 * reporter sees: the first frame of the network and the frame rate while panning, with the same
 * measures on a small tag's network and on the idle page as the same-run reference.
 */
export async function measureNetworkInBrowser(libraryPath: string): Promise<NetworkBrowserReport> {
  const serve = await startServe(libraryPath);
  const browser = await chromium.launch({
    executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await serve.openApp(page);
    await page.getByTestId('app-shell').waitFor({ timeout: 120_000 });
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info && gl ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    const idleFps = await measureFrames(page, () => page.waitForTimeout(3000));

    const firstOpen150 = await timeFirstFrame(page, () => page.getByTestId('sidebar-network').click());
    const choose = (testId: string, value: string) => async () => {
      await page.getByTestId(testId).selectOption(value);
    };
    const runs = { library150: [] as FrameReport[], library500: [] as FrameReport[], tag: [] as FrameReport[] };
    let pan500: PanReport | null = null;
    let sampleTagPan: PanReport | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      runs.library500.push(await timeFirstFrame(page, choose('network-max-nodes', '500')));
      pan500 ??= await measureFrames(page, () => pan(page, 4000));
      runs.library150.push(await timeFirstFrame(page, choose('network-max-nodes', '150')));
      runs.tag.push(await timeFirstFrame(page, choose('network-scope', `tag:${SAMPLE_TAG}`)));
      sampleTagPan ??= await measureFrames(page, () => pan(page, 4000));
      runs.library150.push(await timeFirstFrame(page, choose('network-scope', 'library')));
    }
    return {
      renderer,
      reference: { idleFps, sampleTag: medianOf(runs.tag), sampleTagPan: sampleTagPan! },
      firstOpen150,
      library150: medianOf(runs.library150),
      library500: medianOf(runs.library500),
      pan500: pan500!,
    };
  } finally {
    await browser.close();
    await serve.stop();
  }
}
