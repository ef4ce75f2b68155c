import type { CoreContext } from '../kernel/context';
import { createNoteHandlers, type NoteHandlers } from './note-handlers';
import { createQuoteHandlers, type QuoteHandlers } from './quote-handlers';
import { createTagHandlers, type TagHandlers } from './tag-handlers';

/** The research layer: tags, notes and quotes. */
export function createResearchHandlers(ctx: CoreContext): TagHandlers & NoteHandlers & QuoteHandlers {
  return { ...createTagHandlers(ctx), ...createNoteHandlers(ctx), ...createQuoteHandlers(ctx) };
}
