import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './reliability/xss';
import { startServe } from './reliability/serve';
import { SAMPLE_TAG } from './network-library';

/** The mark the network canvas sets on the first frame of each graph (renderer/src/network/network-canvas.tsx). */
const FIRST_FRAME_MARK = 'dossier:network-first-frame';

export interface FrameReport {
  /** From the user's action (click or choice) to sigma's first frame of the new graph, ms. */
  firstFrameMs: number;
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

export interface NetworkBrowserReport {
  renderer: string;
  reference: { idleFps: PanReport; sampleTag: FrameReport; sampleTagPan: PanReport };
  library150: FrameReport;
  library500: FrameReport;
  pan500: PanReport;
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
    return performance.now();
  }, FIRST_FRAME_MARK);
  await act();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME_MARK, {
    timeout: 120_000,
  });
  const firstFrame = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_FRAME_MARK);
  await page.waitForSelector('[data-testid="network-canvas"][data-settling="false"]', { timeout: 120_000 });
  const settled = await page.evaluate(() => performance.now());
  return { firstFrameMs: Math.round(firstFrame - t0), settledMs: Math.round(settled - t0), ...(await counts(page)) };
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

    const library150 = await timeFirstFrame(page, () => page.getByTestId('sidebar-network').click());
    const library500 = await timeFirstFrame(page, async () => {
      await page.getByTestId('network-max-nodes').selectOption('500');
    });
    const pan500 = await measureFrames(page, () => pan(page, 4000));

    await page.getByTestId('network-max-nodes').selectOption('150');
    await page.waitForSelector('[data-testid="network-canvas"][data-settling="false"]', { timeout: 120_000 });
    const sampleTag = await timeFirstFrame(page, async () => {
      await page.getByTestId('network-scope').selectOption(`tag:${SAMPLE_TAG}`);
    });
    const sampleTagPan = await measureFrames(page, () => pan(page, 4000));
    return { renderer, reference: { idleFps, sampleTag, sampleTagPan }, library150, library500, pan500 };
  } finally {
    await browser.close();
    await serve.stop();
  }
}
