import {
  QUOTE_STATUSES,
  type ArticleId,
  type DossierApi,
  type Quote,
  type QuoteId,
  type QuoteStatus,
} from '../../../preload/api';
import { getArticleRow } from '../../../db/articles';
import { getArticleText } from '../../../db/article-refs';
import { DossierError } from '../../../preload/contract/errors';
import {
  deleteQuoteRow,
  findQuoteOfPassage,
  getQuoteRecord,
  insertQuote,
  listQuoteRecords,
  listQuoteRecordsOfArticle,
  updateQuoteAnchorRow,
  updateQuoteStatusRow,
  type QuoteRecord,
} from '../../../db/quotes';
import type { CoreContext } from '../kernel/context';
import { optionalInt, optionalString, requireId, requireString } from '../kernel/validate';
import { buildAnchor, locatePassage, resolveAnchor, stripIgnored, type TextRange } from './anchor';
import { buildCitation, formatCitation } from './citation';
import { ocrPageAt } from '../ocr/page-at';
import { writeTransaction } from '../../../db/write-transaction';

export type QuoteHandlers = Pick<
  DossierApi,
  'createQuote' | 'listQuotes' | 'updateQuoteStatus' | 'deleteQuote' | 'resolveQuoteAnchors'
>;

/** The longest passage accepted as one quote, in characters. */
export const MAX_QUOTE_LENGTH = 20_000;

/** Adds the ready-made citations to a stored quote. */
export function toQuote(record: QuoteRecord): Quote {
  return { ...record, formatted: formatCitation(record.id, record.exact, record.citation) };
}

function optionalStatus(value: unknown): QuoteStatus | undefined {
  if (value === undefined || value === null) return undefined;
  if (!(QUOTE_STATUSES as readonly unknown[]).includes(value)) {
    throw new DossierError(
      'INVALID_INPUT',
      `Unknown quote status "${String(value)}". Use one of: ${QUOTE_STATUSES.join(', ')}.`,
    );
  }
  return value as QuoteStatus;
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Where the passage is in the text: the given offsets when they hold it (whitespace aside),
 * otherwise the occurrence nearest to them.
 */
function findPassage(text: string, exact: string, start?: number, end?: number): TextRange | null {
  if (start !== undefined && end !== undefined && start < end && end <= text.length) {
    if (stripIgnored(text.slice(start, end)) === stripIgnored(exact)) return { start, end };
  }
  return locatePassage(text, exact, start);
}

/** Quotes: exact passages with an anchor that survives re-rendering, and their citation. */
export function createQuoteHandlers(ctx: CoreContext): QuoteHandlers {
  const { db } = ctx;

  function requireQuote(value: unknown): QuoteRecord {
    const id = requireId<QuoteId>(value, 'id');
    const quote = getQuoteRecord(db, id);
    if (!quote) throw new DossierError('NOT_FOUND', `There is no quote ${id}.`);
    return quote;
  }

  return {
    async createQuote(args) {
      const articleId = requireId<ArticleId>(args?.articleId, 'articleId');
      const exact = requireString(args?.exact, 'exact', MAX_QUOTE_LENGTH);
      if (stripIgnored(exact) === '') throw new DossierError('INVALID_INPUT', 'Select some text to quote.');
      const start = optionalInt(args?.start, 'start', { min: 0 });
      const end = optionalInt(args?.end, 'end', { min: 0 });
      const article = getArticleRow(db, articleId);
      if (!article) throw new DossierError('NOT_FOUND', `There is no article ${articleId} in this library.`);
      const range = findPassage(article.text, exact, start, end);
      if (!range) {
        throw new DossierError(
          'NOT_FOUND',
          `The passage “${shorten(exact)}” is not in article ${articleId} (“${shorten(article.title)}”).`,
        );
      }
      const anchor = buildAnchor(article.text, range);
      // One quote per passage: a second Quote on the same words would print the passage and its
      // footnote twice in a brief. Immediate, so another process cannot slip the same quote in between.
      const { id, alreadyQuoted } = writeTransaction(db, () => {
        const existing = findQuoteOfPassage(db, {
          articleId,
          start: anchor.start,
          end: anchor.end,
          exact: anchor.exact,
        });
        if (existing !== undefined) return { id: existing, alreadyQuoted: true };
        // A passage read by OCR is cited with its page: the reporter checks it against the scan.
        const ocrPage = ocrPageAt(db, articleId, anchor.start);
        const citation = { ...buildCitation(article), ...(ocrPage !== undefined ? { ocrPage } : {}) };
        const created = insertQuote(db, { articleId, ...anchor, citation, now: ctx.now() });
        return { id: created, alreadyQuoted: false };
      });
      if (!alreadyQuoted) ctx.events.emit('library:changed', { reason: 'quote-created' });
      return { ...toQuote(getQuoteRecord(db, id)!), alreadyQuoted };
    },

    async listQuotes(args) {
      const filter = {
        articleId: args?.articleId == null ? undefined : requireId<ArticleId>(args.articleId, 'articleId'),
        tag: optionalString(args?.tag, 'tag', 200) || undefined,
        entity: optionalString(args?.entity, 'entity', 200) || undefined,
        status: optionalStatus(args?.status),
      };
      return listQuoteRecords(db, filter).map(toQuote);
    },

    async updateQuoteStatus(args) {
      const quote = requireQuote(args?.id);
      const status = optionalStatus(args?.status);
      if (!status) throw new DossierError('INVALID_INPUT', `"status" is required (${QUOTE_STATUSES.join(', ')}).`);
      updateQuoteStatusRow(db, quote.id, status, ctx.now());
      ctx.events.emit('library:changed', { reason: 'quote-updated' });
      return toQuote(getQuoteRecord(db, quote.id)!);
    },

    async deleteQuote(args) {
      const quote = requireQuote(args?.id);
      deleteQuoteRow(db, quote.id);
      ctx.events.emit('library:changed', { reason: 'quote-deleted' });
    },

    async resolveQuoteAnchors(args) {
      const articleId = requireId<ArticleId>(args?.articleId, 'articleId');
      const text = getArticleText(db, articleId);
      if (text === undefined) throw new DossierError('NOT_FOUND', `There is no article ${articleId} in this library.`);
      const now = ctx.now();
      writeTransaction(db, () => {
        for (const quote of listQuoteRecordsOfArticle(db, articleId)) {
          const range = resolveAnchor(text, quote);
          updateQuoteAnchorRow(
            db,
            quote.id,
            range ? { ...range, anchorStatus: 'ok' } : { start: quote.start, end: quote.end, anchorStatus: 'orphaned' },
            now,
          );
        }
      });
      return listQuoteRecordsOfArticle(db, articleId).map(toQuote);
    },
  };
}
