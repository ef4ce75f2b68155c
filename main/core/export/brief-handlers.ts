import type { BriefId, DossierApi, SavedBrief } from '../../../preload/api';
import {
  deleteBriefRow,
  getBrief,
  getBriefArticles,
  insertBrief,
  listBriefRows,
  markBriefRun,
  updateBrief,
  type SavedBriefRow,
} from '../../../db/briefs';
import { DossierError } from '../../../preload/contract/errors';
import type { CoreContext } from '../kernel/context';
import { requireId, requireString } from '../kernel/validate';
import { checkBriefDefinition, checkBriefFormat } from './brief-definition';
import { collectBrief, resolveScopeIds, type SearchFn } from './brief-model';
import { buildBrief } from './build-brief';
import type { PdfPrinterSlot } from './pdf-printer';
import { renderBriefHtml } from './render-brief-html';

type BriefMethods = 'previewBrief' | 'exportBrief' | 'saveBrief' | 'listBriefs' | 'deleteBrief';

/** The brief capability: preview, export as a file, and saved definitions. `search` resolves query scopes. */
export function createBriefHandlers(
  ctx: CoreContext,
  deps: { printer: PdfPrinterSlot; search?: SearchFn },
): Pick<DossierApi, BriefMethods> {
  const { db } = ctx;

  async function toSaved(row: SavedBriefRow): Promise<SavedBrief> {
    let newArticles = 0;
    if (row.lastRunAt) {
      try {
        const ids = await resolveScopeIds(db, row.definition, deps.search);
        const after = Date.parse(row.lastRunAt);
        newArticles = getBriefArticles(db, ids).filter((a) => Date.parse(a.importedAt) > after).length;
      } catch {
        newArticles = 0; // a scope that no longer resolves (search unavailable) shows no news
      }
    }
    return { ...row, newArticles };
  }

  return {
    async previewBrief(args) {
      const definition = checkBriefDefinition(args?.definition);
      const model = await collectBrief(db, definition, { now: ctx.now(), ...deps });
      return { html: renderBriefHtml(model), articles: model.articles.length, quotes: model.footnotes.length };
    },

    async exportBrief(args) {
      const definition = checkBriefDefinition(args?.definition);
      const format = checkBriefFormat(args?.format);
      const savedId =
        args?.savedBriefId === undefined ? undefined : requireId<BriefId>(args.savedBriefId, 'savedBriefId');
      if (savedId !== undefined && !getBrief(db, savedId))
        throw new DossierError('NOT_FOUND', 'That saved brief no longer exists.');
      const built = await buildBrief(ctx, definition, format, deps);
      if (savedId !== undefined) markBriefRun(db, savedId, ctx.now());
      return {
        fileName: built.fileName,
        mimeType: built.mimeType,
        format,
        base64: built.bytes.toString('base64'),
        articles: built.articles,
        ...(built.pages !== undefined ? { pages: built.pages } : {}),
      };
    },

    async saveBrief(args) {
      const name = requireString(args?.name, 'name', 200).trim();
      if (!name) throw new DossierError('INVALID_INPUT', 'A saved brief needs a name.');
      const definition = checkBriefDefinition(args?.definition);
      const now = ctx.now();
      let id: BriefId;
      if (args?.id !== undefined) {
        id = requireId<BriefId>(args.id, 'id');
        if (!updateBrief(db, { id, name, definition, now }))
          throw new DossierError('NOT_FOUND', 'That saved brief no longer exists.');
      } else {
        id = insertBrief(db, { name, definition, now });
      }
      return toSaved(getBrief(db, id)!);
    },

    async listBriefs() {
      return Promise.all(listBriefRows(db).map(toSaved));
    },

    async deleteBrief(args) {
      const id = requireId<BriefId>(args?.id, 'id');
      if (!deleteBriefRow(db, id)) throw new DossierError('NOT_FOUND', 'That saved brief no longer exists.');
    },
  };
}
