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
  /** Form -> stem: a form has one stem per language, so nearly always just one. */
  private readonly stems = new Map<string, string>();
  /** The rarer pairs whose form already came with another stem (an article in another language). */
  private readonly others = new Map<string, SurfaceForm>();

  add(forms: ReadonlyMap<string, string>): void {
    for (const [form, term] of forms) {
      const known = this.stems.get(form);
      if (known === undefined) this.stems.set(form, term);
      else if (known !== term) this.others.set(`${form}\t${term}`, { form, term });
    }
  }

  values(): SurfaceForm[] {
    return [...surfaceFormsOf(this.stems), ...this.others.values()];
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
