/** What the main thread sends the layout worker: nodes by index, links by node index. */
export interface LayoutRequest {
  nodes: { x: number; y: number; size: number }[];
  edges: { s: number; t: number; w: number }[];
}

/** Positions after a batch of iterations: x, y per node, in the request's order. */
export interface LayoutReply {
  positions: Float32Array;
  finished: boolean;
}
