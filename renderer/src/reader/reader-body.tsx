import { useEffect, useLayoutEffect, useRef, useState } from 'react';
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
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);
  const links = useGuardedLinks();
  const clearLinkStatus = links.clear;

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const fragment = sanitizeArticleHtml(html);
    const found = highlightTerms(fragment, terms);
    body.replaceChildren(fragment);
    const quoteMarks = highlightQuotes(body, quotes, text);
    highlightMentions(body, mentions, text);
    const focused = focusQuoteId === undefined ? undefined : quoteMarks.get(focusQuoteId);
    focused?.forEach((mark) => mark.classList.add('is-focused'));
    focused?.[0]?.scrollIntoView?.({ block: 'center' });
    setMarks(found);
    setCurrent(0);
    clearLinkStatus();
  }, [html, terms, quotes, text, focusQuoteId, mentions, clearLinkStatus]);

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
      <div
        ref={bodyRef}
        className="reader-body"
        data-testid="reader-body"
        lang={language ?? undefined}
        {...links.handlers}
      />
      {links.status}
    </>
  );
}
