import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { sanitizeArticleHtml } from './sanitize-html';
import { highlightTerms } from './highlight';
import { MatchStepper } from './match-stepper';
import { LinkStatus } from './link-status';
import type { Quote, QuoteId } from '../../../preload/api';
import { highlightQuotes } from '../research/quote-dom';
import { highlightMentions } from '../entities/mention-dom';
import type { ArticleMention } from '../../../preload/api';

const NO_QUOTES: readonly Quote[] = [];
const NO_MENTIONS: readonly ArticleMention[] = [];

/**
 * The article body: sanitized again here, search terms marked in its text, and links that
 * never navigate the app (a click is swallowed; the URL is shown with a copy button instead).
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
  const [hoveredUrl, setHoveredUrl] = useState<string | null>(null);

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
    setHoveredUrl(null);
  }, [html, terms, quotes, text, focusQuoteId, mentions]);

  useEffect(() => {
    marks.forEach((mark, i) => mark.classList.toggle('is-current', i === current));
    marks[current]?.scrollIntoView?.({ block: 'center' });
  }, [marks, current]);

  const anchorOf = (event: MouseEvent): HTMLAnchorElement | null =>
    event.target instanceof Element ? event.target.closest('a') : null;

  // Every click, middle click or drag on a link is stopped here: nothing inside an article opens.
  const swallowLink = (event: MouseEvent) => {
    const anchor = anchorOf(event);
    if (!anchor) return;
    event.preventDefault();
    setHoveredUrl(anchor.getAttribute('href'));
  };

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
        onClick={swallowLink}
        onAuxClick={swallowLink}
        onDragStart={(event) => anchorOf(event) && event.preventDefault()}
        onMouseOver={(event) => {
          const anchor = anchorOf(event);
          if (anchor) setHoveredUrl(anchor.getAttribute('href'));
        }}
      />
      <LinkStatus url={hoveredUrl} onDismiss={() => setHoveredUrl(null)} />
    </>
  );
}
