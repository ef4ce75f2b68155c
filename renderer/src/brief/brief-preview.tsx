import DOMPurify from 'dompurify';
import { useLayoutEffect, useRef } from 'react';
import { useGuardedLinks } from '../ui/guarded-links';

/**
 * Shows the brief's HTML in a shadow root rather than an iframe. The app's CSP keeps
 * `frame-src 'none'` (no frame can ever be navigated or injected), the brief's CSS stays scoped
 * to the shadow root (and the app's CSS out of it), and the markup is sanitized once more here
 * (the core already escapes every user string). The brief's stylesheet is applied as a
 * constructed stylesheet, which the CSP's `style-src 'self'` allows; inline <style> it would not.
 */
export function BriefPreview({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);
  const links = useGuardedLinks();

  // A layout effect: the shadow content is in place in the same commit as the host, so the
  // preview never paints empty for a frame (and tests see it as soon as the host exists).
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    // The <style> blocks are taken out before parsing: Chromium reports a CSP violation for a
    // <style> element even in an inert DOMParser document. The brief is the core's own markup
    // (every user string escaped), so its style blocks have this exact shape.
    const css: string[] = [];
    const markup = html.replace(/<style[^>]*>([\s\S]*?)<\/style>/gi, (_match, rules: string) => {
      css.push(rules);
      return '';
    });
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    // Constructed stylesheets exist in every Chromium we ship; a DOM without them gets unstyled text.
    if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      // @page rules mean nothing on screen; the preview shows the screen layout of the same document.
      sheet.replaceSync(
        `${css.join('\n').replace(/@page[^{]*\{(?:[^{}]|\{[^{}]*\})*\}/g, '')}\n:host { display: block; background: #fff; color: #111; }`,
      );
      root.adoptedStyleSheets = [sheet];
    }
    const body = DOMPurify.sanitize(doc.body.innerHTML, {
      RETURN_DOM_FRAGMENT: true,
      FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'img', 'link', 'meta'],
      FORBID_ATTR: ['style'],
    });
    root.replaceChildren(body);
  }, [html]);

  // The brief's links (sources, footnotes) follow the app's one link policy, as the reader's do.
  return (
    <>
      <div ref={host} className="brief-preview" data-testid="brief-preview" {...links.handlers} />
      {links.status}
    </>
  );
}
