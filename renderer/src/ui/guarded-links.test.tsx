// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useLayoutEffect, useRef } from 'react';
import { cleanup, createEvent, fireEvent, render, screen, within } from '@testing-library/react';
import { useGuardedLinks } from './guarded-links';
import '../i18n/i18n'; // the link status bar speaks through the translations

afterEach(cleanup);

/** Rendered text as the app shows it: HTML put in place by an effect, under the link policy. */
function RenderedText({ html, shadow = false }: { html: string; shadow?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const links = useGuardedLinks();
  useLayoutEffect(() => {
    const el = ref.current!;
    const root = shadow ? (el.shadowRoot ?? el.attachShadow({ mode: 'open' })) : el;
    const template = document.createElement('template');
    template.innerHTML = html;
    root.replaceChildren(template.content);
  }, [html, shadow]);
  return (
    <>
      <div ref={ref} data-testid="text" {...links.handlers} />
      {links.status}
    </>
  );
}

const TEXT = `<p>See <a href="https://evil.example/story">the story</a> and <a href="#fn-1">[1]</a>.</p>
<p id="fn-1">Footnote one.</p>`;

/** Fires `event` on `target` and says whether something cancelled it (as the browser would see). */
function cancelled(target: Element, event: Event): boolean {
  return !fireEvent(target, event);
}

describe('the link policy', () => {
  it('cancels every way of following a link and shows its URL with a copy button', () => {
    render(<RenderedText html={TEXT} />);
    const link = within(screen.getByTestId('text')).getByText('the story');
    expect(screen.queryByTestId('link-status')).toBeNull();

    expect(cancelled(link, createEvent.click(link))).toBe(true);
    expect(cancelled(link, createEvent.click(link, { ctrlKey: true }))).toBe(true);
    expect(cancelled(link, createEvent.click(link, { metaKey: true }))).toBe(true);
    expect(cancelled(link, createEvent.click(link, { shiftKey: true }))).toBe(true);
    expect(cancelled(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(true);
    expect(cancelled(link, createEvent.keyDown(link, { key: 'Enter' }))).toBe(true);
    expect(cancelled(link, createEvent.dragStart(link))).toBe(true);

    const status = screen.getByTestId('link-status');
    expect(status.textContent).toContain('https://evil.example/story');
    expect(within(status).getByTestId('copy-link')).toBeTruthy();
  });

  it('shows the URL when a link is hovered or reached with Tab, and hides it on request', () => {
    render(<RenderedText html={TEXT} />);
    const link = within(screen.getByTestId('text')).getByText('the story');
    fireEvent.focus(link);
    expect(screen.getByTestId('link-status').textContent).toContain('https://evil.example/story');
    fireEvent.click(screen.getByRole('button', { name: 'Hide link' }));
    expect(screen.queryByTestId('link-status')).toBeNull();
    fireEvent.mouseOver(link);
    expect(screen.getByTestId('link-status').textContent).toContain('https://evil.example/story');
  });

  it('scrolls to an in-page anchor inside the text instead of changing the page address', () => {
    // jsdom has no layout, so no scrollIntoView: record the calls instead.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      render(<RenderedText html={TEXT} />);
      const before = window.location.href;
      const anchor = within(screen.getByTestId('text')).getByText('[1]');
      expect(cancelled(anchor, createEvent.click(anchor))).toBe(true);
      expect(window.location.href).toBe(before);
      expect(scrolled.map((el) => el.textContent)).toEqual(['Footnote one.']);
      expect(screen.queryByTestId('link-status')).toBeNull();
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('guards links rendered in a shadow root too (the brief preview)', () => {
    render(<RenderedText html={TEXT} shadow />);
    const link = screen.getByTestId('text').shadowRoot!.querySelector('a')!;
    expect(cancelled(link, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }))).toBe(true);
    expect(screen.getByTestId('link-status').textContent).toContain('https://evil.example/story');
  });

  it('leaves clicks outside links alone', () => {
    render(<RenderedText html={TEXT} />);
    const paragraph = within(screen.getByTestId('text')).getByText('Footnote one.');
    expect(cancelled(paragraph, createEvent.click(paragraph))).toBe(false);
    expect(screen.queryByTestId('link-status')).toBeNull();
  });
});
