import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutReply, LayoutRequest } from './force-layout-protocol';

/**
 * ForceAtlas2 off the main thread, so panning stays smooth while the layout settles. This is our
 * own module worker (bundled by Vite, served from the app's origin) rather than the package's
 * supervisor, which starts its worker from a blob: URL that the app's CSP (script-src 'self')
 * refuses. Runs in batches and posts positions after each, until it settles or its time is up.
 */

const BATCH = 10;
const MAX_ITERATIONS = 600;
const TIME_BUDGET_MS = 6000;
/** Mean movement per node (graph units) under which the layout is considered settled. */
const SETTLED = 0.05;

/** The worker's global, typed for the two members used (the renderer's tsconfig has DOM types, not worker ones). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply, transfer: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = event.data;
  const graph = new Graph({ type: 'undirected' });
  nodes.forEach((n, i) => graph.addNode(String(i), { x: n.x, y: n.y, size: n.size }));
  for (const e of edges) {
    if (!graph.hasEdge(String(e.s), String(e.t))) graph.addEdge(String(e.s), String(e.t), { weight: e.w });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 1 };
  const start = performance.now();
  let done = 0;
  const step = (): void => {
    const before = new Float32Array(nodes.length * 2);
    graph.forEachNode((key, a) => {
      const i = Number(key);
      before[i * 2] = a.x as number;
      before[i * 2 + 1] = a.y as number;
    });
    forceAtlas2.assign(graph, { iterations: BATCH, settings, getEdgeWeight: 'weight' });
    done += BATCH;
    const positions = new Float32Array(nodes.length * 2);
    let moved = 0;
    graph.forEachNode((key, a) => {
      const i = Number(key);
      positions[i * 2] = a.x as number;
      positions[i * 2 + 1] = a.y as number;
      moved += Math.hypot(positions[i * 2]! - before[i * 2]!, positions[i * 2 + 1]! - before[i * 2 + 1]!);
    });
    const settled = moved / Math.max(1, nodes.length) < SETTLED;
    const finished = settled || done >= MAX_ITERATIONS || performance.now() - start > TIME_BUDGET_MS;
    const reply: LayoutReply = { positions, finished };
    scope.postMessage(reply, [positions.buffer]);
    if (!finished) setTimeout(step, 0);
  };
  step();
};
