import type { NetworkGraph } from './build-graph';
import type { LayoutReply, LayoutRequest } from './force-layout-protocol';

/**
 * Runs ForceAtlas2 on the graph in a worker and writes each batch's positions back into the graph
 * (sigma redraws on the change). Returns a function that stops it. Where workers are unavailable,
 * the spiral the graph starts on stays: readable, only less clustered.
 */
export function runForceLayout(graph: NetworkGraph, onFinished?: () => void): () => void {
  if (typeof Worker === 'undefined' || graph.order < 2) {
    onFinished?.();
    return () => {};
  }
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const request: LayoutRequest = {
    nodes: keys.map((k) => {
      const a = graph.getNodeAttributes(k);
      return { x: a.x, y: a.y, size: a.size };
    }),
    edges: graph.mapEdges((_e, a, s, t) => ({ s: index.get(s)!, t: index.get(t)!, w: a.articles })),
  };
  const worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const { positions, finished } = event.data;
    graph.updateEachNodeAttributes((key, attrs) => {
      const i = index.get(key)!;
      return { ...attrs, x: positions[i * 2]!, y: positions[i * 2 + 1]! };
    });
    if (finished) {
      worker.terminate();
      onFinished?.();
    }
  };
  worker.onerror = () => {
    worker.terminate();
    onFinished?.();
  };
  worker.postMessage(request);
  return () => worker.terminate();
}
