/**
 * A plain Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every
 * occurrence of every pattern, so the cost per article does not grow with the registry.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending exactly at each node. */
  private readonly out: number[][] = [[]];
  /** Nearest node on the fail chain that ends a pattern (dictionary suffix link), or -1. */
  private dict: Int32Array = new Int32Array(0);
  /** The root's transitions as a dense table over all UTF-16 code units (0 = stay at the root). */
  private rootTable: Int32Array = new Int32Array(0);
  private readonly lengths: number[] = [];
  private built = false;

  /** Adds a pattern and returns its id (ids count up from 0). Empty patterns are refused. */
  add(pattern: string): number {
    if (this.built) throw new Error('The automaton is already built.');
    if (pattern.length === 0) throw new Error('Empty pattern.');
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.next[node]!.get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[node]!.set(c, child);
      }
      node = child;
    }
    const id = this.lengths.length;
    this.lengths.push(pattern.length);
    this.out[node]!.push(id);
    return id;
  }

  /** Computes failure and dictionary links; call once after the last `add`. */
  build(): void {
    const dict = new Int32Array(this.next.length).fill(-1);
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child]!;
        dict[child] = this.out[fc]!.length > 0 ? fc : dict[fc]!;
        queue.push(child);
      }
    }
    this.dict = dict;
    const rootTable = new Int32Array(0x10000);
    for (const [c, child] of this.next[0]!) rootTable[c] = child;
    this.rootTable = rootTable;
    this.built = true;
  }

  /** Calls `onMatch(patternId, start, end)` for every occurrence in `text` (end exclusive). */
  search(text: string, onMatch: (patternId: number, start: number, end: number) => void): void {
    if (!this.built) this.build();
    const { next, fail, out, dict, lengths } = this;
    const rootTable = this.rootTable;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Most characters of a text start no alias: the root's dense table answers those without a Map.
      let child = node === 0 ? undefined : next[node]!.get(c);
      while (child === undefined && node !== 0) {
        node = fail[node]!;
        child = node === 0 ? undefined : next[node]!.get(c);
      }
      node = child ?? rootTable[c]!;
      if (node === 0) continue;
      for (let n = out[node]!.length > 0 ? node : dict[node]!; n > 0; n = dict[n]!) {
        for (const id of out[n]!) onMatch(id, i + 1 - lengths[id]!, i + 1);
      }
    }
  }

  get patternCount(): number {
    return this.lengths.length;
  }
}
