import type { Db } from '../../../db/open';
import { listDocSizesSince, readSearchTotalsRecord, type DocSizeRow } from '../../../db/search-fts-stats';

/** What bm25 needs to know of the whole index: how many documents, and how many tokens in all. */
export interface IndexTotals {
  documents: number;
  tokens: number;
}

/** Article ids beyond this are not kept in a dense array (a library never gets near it). */
const MAX_DENSE_ID = 1 << 26;

/**
 * Every indexed article's length in tokens (all columns together, as bm25 counts it), kept in
 * memory so that scoring a one-term search's hits needs no lookup per hit. Brought up to date
 * before each use from FTS5's own records (see db/search-fts-stats.ts): when the index's totals
 * changed, the documents inserted since (by origin) are read. The lengths are trusted only while
 * their count and sum equal the index's totals; anything else (an article deleted, the index
 * rebuilt) reads them all again. A deleted article's length would otherwise stay behind, harmless
 * for scoring (it is never a hit again), but the check would fail.
 */
export class DocLengths {
  /** Each document's length plus one, by rowid (0: no document recorded there). */
  private stored = new Int32Array(0);
  private count = 0;
  private sum = 0;
  private lastOrigin = 0;
  /** The totals record the lengths agree with (null: not read yet, or they could not be trusted). */
  private record: Buffer | null = null;
  private totals: IndexTotals | null = null;
  /** A totals record the lengths could not be made to agree with: not tried again until it changes. */
  private distrusted: Buffer | null = null;

  constructor(private readonly db: Db) {}

  /** Forgets every length (after the index was rebuilt in this process). */
  reset(): void {
    this.stored = new Int32Array(0);
    this.count = 0;
    this.sum = 0;
    this.lastOrigin = 0;
    this.record = null;
    this.totals = null;
    this.distrusted = null;
  }

  /**
   * Brings the lengths up to date (call inside the search's read transaction). Returns the
   * index's totals, or null when the index is empty or its records are not what this expects.
   */
  sync(): IndexTotals | null {
    const record = readSearchTotalsRecord(this.db);
    if (record === null || record.length === 0) return null;
    if (this.record !== null && record.equals(this.record)) return this.totals;
    if (this.distrusted !== null && record.equals(this.distrusted)) return null;
    const totals = decodeTotals(record);
    if (totals === null || totals.documents === 0) return null;
    if (
      !this.apply(listDocSizesSince(this.db, this.lastOrigin)) ||
      this.count !== totals.documents ||
      this.sum !== totals.tokens
    ) {
      this.reset();
      if (!this.apply(listDocSizesSince(this.db, 0)) || this.count !== totals.documents || this.sum !== totals.tokens) {
        this.reset();
        this.distrusted = record;
        return null;
      }
    }
    this.record = record;
    this.totals = totals;
    return totals;
  }

  /** A document's length in tokens (0 for one never indexed). */
  lengthOf(id: number): number {
    return id < this.stored.length ? Math.max(0, this.stored[id]! - 1) : 0;
  }

  /** Records documents' lengths; false when an id is too large to keep. */
  private apply(rows: readonly DocSizeRow[]): boolean {
    for (const row of rows) {
      if (row.id < 0 || row.id >= MAX_DENSE_ID) return false;
      if (row.id >= this.stored.length) {
        const grown = new Int32Array(Math.max(row.id + 1, this.stored.length * 2, 1024));
        grown.set(this.stored);
        this.stored = grown;
      }
      const length = sumOfVarints(row.sizes);
      const old = this.stored[row.id]!;
      // A rowid taken again after its document was deleted: the new document replaces it.
      if (old > 0) this.sum -= old - 1;
      else this.count++;
      this.stored[row.id] = length + 1;
      this.sum += length;
      if (row.origin > this.lastOrigin) this.lastOrigin = row.origin;
    }
    return true;
  }
}

/** The index's totals from FTS5's averages record: documents, then tokens per column. */
function decodeTotals(record: Buffer): IndexTotals | null {
  const values = readVarints(record);
  if (values.length < 2) return null;
  let tokens = 0;
  for (let i = 1; i < values.length; i++) tokens += values[i]!;
  return { documents: values[0]!, tokens };
}

function sumOfVarints(bytes: Buffer): number {
  let sum = 0;
  for (const v of readVarints(bytes)) sum += v;
  return sum;
}

/** SQLite's varints (big-endian, 7 bits a byte, the ninth byte whole). */
function readVarints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    let k = 0;
    for (; k < 8 && i < bytes.length; k++) {
      const byte = bytes[i++]!;
      value = value * 128 + (byte & 0x7f);
      if (byte < 0x80) break;
    }
    if (k === 8 && i < bytes.length) value = value * 256 + bytes[i++]!;
    out.push(value);
  }
  return out;
}
