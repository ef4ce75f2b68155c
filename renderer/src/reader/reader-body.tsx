import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { sanitizeArticleHtml } from './sanitize-html';
import { highlightTerms } from './highlight';
import { MatchStepper } from './match-stepper';
import { useGuardedLinks } from '../ui/guarded-links';
import type { Quote, QuoteId } from '../../../preload/api';
import { highlightQuotes } from '../research/quote-dom';
import { highlightMentions } from '../entities/mention-dom';
import type { ArticleMention } from '../../../preload/api';

const NO_QUOTES: readonly Quote[] = [];
const NO_MENTIONS: readonly ArticleMention[] = [];

/**
 * Puts the body's page sections on their pages' grid rows (comma-separated, in order). When the
 * count differs (the body and the page list read a moment apart), they flow in order instead.
 */
function placeSections(body: HTMLElement, rows: string): void {
  const sections = body.querySelectorAll<HTMLElement>(':scope > section');
  const list = rows === '' ? [] : rows.split(',');
  if (sections.length !== list.length) return;
  sections.forEach((section, i) => (section.style.gridRow = list[i]!));
}

/**
 * The article body: sanitized again here, search terms marked in its text, and links under the
 * app's one link policy (ui/guarded-links.tsx): shown with a copy button, never followed.
 */
export function ReaderBody({
  html,
  terms,
  language,
  quotes = NO_QUOTES,
  text = '',
  focusQuoteId,
  mentions = NO_MENTIONS,
  pages,
}: {
  html: string;
  terms: readonly string[];
  language: string | null;
  /** Quotes of this article, marked in the text (research layer). */
  quotes?: readonly Quote[];
  /** The article's plain text, which the quotes' offsets refer to. */
  text?: string;
  /** A quote to scroll to. */
  focusQuoteId?: QuoteId;
  /** Entity mentions to highlight (offsets in `text`); empty when highlighting is off. */
  mentions?: readonly ArticleMention[];
  /**
   * A scan's page images, each placed on the grid row of its page (`aside`), and the rows of the
   * body's sections in order (`sectionRows`: the body has one `<section>` per page with text, as
   * the PDF parser and OCR write it; the sanitizer drops their data-page, so order tells them
   * apart). Each page's text then sits beside its image and appears only once.
   */
  pages?: { aside: ReactNode; sectionRows: readonly number[] };
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);
  const links = useGuardedLinks();
  const clearLinkStatus = links.clear;
  const paged = pages !== undefined;
  // A string, so the body is rebuilt when the rows change, not on every new array.
  const sectionRows = pages?.sectionRows.join(',') ?? '';

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const fragment = sanitizeArticleHtml(html);
    const found = highlightTerms(fragment, terms);
    body.replaceChildren(fragment);
    if (paged) placeSections(body, sectionRows);
    const quoteMarks = highlightQuotes(body, quotes, text);
    highlightMentions(body, mentions, text);
    const focused = focusQuoteId === undefined ? undefined : quoteMarks.get(focusQuoteId);
    focused?.forEach((mark) => mark.classList.add('is-focused'));
    focused?.[0]?.scrollIntoView?.({ block: 'center' });
    setMarks(found);
    setCurrent(0);
    clearLinkStatus();
  }, [html, terms, quotes, text, focusQuoteId, mentions, clearLinkStatus, paged, sectionRows]);

  useEffect(() => {
    marks.forEach((mark, i) => mark.classList.toggle('is-current', i === current));
    marks[current]?.scrollIntoView?.({ block: 'center' });
  }, [marks, current]);

  return (
    <>
      {terms.length > 0 ? (
        <MatchStepper
          count={marks.length}
          current={current}
          onStep={(i) => setCurrent((i + marks.length) % Math.max(marks.length, 1))}
        />
      ) : null}
      {paged ? (
        // The body's own box is dropped (display: contents) so its page sections join this grid;
        // the DOM, and so text offsets, selections and quotes, stay the body's.
        // Keyed apart from the plain body: React must not reuse that node (its text is put there by hand).
        <div key="paged" className="reader-pages" data-testid="reader-pages">
          {pages.aside}
          <div
            ref={bodyRef}
            className="reader-body reader-body--paged"
            data-testid="reader-body"
            lang={language ?? undefined}
            {...links.handlers}
          />
        </div>
      ) : (
        <div
          key="plain"
          ref={bodyRef}
          className="reader-body"
          data-testid="reader-body"
          lang={language ?? undefined}
          {...links.handlers}
        />
      )}
      {links.status}
    </>
  );
}
