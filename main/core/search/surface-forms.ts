import { backfillSurfaceForms, hasFormsBackfill, type SurfaceForm } from '../../../db/search-forms';
import { analyzeDocument } from './analyze';
import { toSearchLanguage } from './languages';
import type { SearchIndex } from './search-index';

const BACKFILL_BATCH = 500;

/** A document's surface forms (form -> stem, from analyzeDocument) as rows for search_forms. */
export function surfaceFormsOf(forms: ReadonlyMap<string, string>): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const [form, term] of forms) out.push({ form, term });
  return out;
}

/** Surface forms gathered over a batch of documents, each pair once, written in one statement. */
export class FormBatch {
  private readonly pairs = new Map<string, SurfaceForm>();

  add(forms: ReadonlyMap<string, string>): void {
    for (const [form, term] of forms) {
      const key = `${form}\t${term}`;
      if (!this.pairs.has(key)) this.pairs.set(key, { form, term });
    }
  }

  values(): Iterable<SurfaceForm> {
    return this.pairs.values();
  }
}

/**
 * Records the surface forms of the articles and notes indexed before schema 4 (migration 0004
 * lists them), re-analysing their text as when they were indexed, in batches that each commit
 * alone: an interrupted backfill resumes where it stopped. Returns how many documents it took.
 */
export function backfillForms(index: SearchIndex, onProgress?: (done: number) => void): number {
  const { db } = index.ctx;
  let done = 0;
  while (hasFormsBackfill(db)) {
    done += backfillSurfaceForms(db, BACKFILL_BATCH, (item) => {
      const language = toSearchLanguage(item.language);
      const fields =
        item.kind === 'article'
          ? { title: item.title, byline: item.byline, text: item.text }
          : { title: '', byline: null, text: item.body };
      return surfaceFormsOf(analyzeDocument(index.analyzer, language, fields).forms);
    });
    onProgress?.(done);
  }
  return done;
}
