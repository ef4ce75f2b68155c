import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { nodeToText } from './text-stats';

/**
 * The one HTML sanitizer of the app (reader bodies, notes previews, briefs): DOMPurify on a jsdom
 * window. Output has no scripts, event handlers, frames, forms, styles or remote loads; images
 * stay only when embedded as data: URIs; links stay but open nothing by themselves.
 *
 * Only jsdom: pages are parsed with linkedom for speed, but DOMPurify on a linkedom window reports
 * isSupported = false and then returns its input unchanged, unsanitized. createSanitizer refuses any
 * window on which DOMPurify does not actually strip a canary vector, so that mistake cannot ship.
 */

/** Markup every working sanitizer with this policy must strip (a handler, a script URL, a script, svg). */
const CANARY =
  '<p onclick="alert(1)">canary</p><a href="javascript:alert(2)">x</a><script>alert(3)</script><svg onload="alert(4)"></svg>';
const CANARY_LEFTOVER = /onclick|javascript:|<script|<svg|alert/i;

const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'svg',
  'math',
  'template',
  'noscript',
  'canvas',
  'portal',
];
const FORBID_ATTR = [
  'style',
  'srcset',
  'background',
  'poster',
  'ping',
  'action',
  'formaction',
  'target',
  'xlink:href',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'usemap',
];
const POLICY = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  WHOLE_DOCUMENT: false,
};

/**
 * DOMPurify with the app's policy on `window`. Throws when DOMPurify cannot sanitize on that
 * window (it would otherwise return markup unchanged): checked once, here, before any use.
 */
export function createSanitizer(window: WindowLike): DOMPurify {
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img') return;
    const el = node as Element;
    const src = el.getAttribute('src') ?? '';
    if (!/^data:image\//i.test(src.trim())) el.parentNode?.removeChild(el);
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href');
      if (href !== null && !/^(https?:|mailto:|#)/i.test(href.trim())) el.removeAttribute('href');
      if (el.hasAttribute('href')) el.setAttribute('rel', 'noreferrer noopener');
    }
  });
  const canary = p.isSupported ? p.sanitize(CANARY, POLICY) : CANARY;
  if (!p.isSupported || CANARY_LEFTOVER.test(canary) || !canary.includes('canary')) {
    throw new Error(
      'The HTML sanitizer cannot work on this DOM (DOMPurify left a script in place); it must run on a jsdom window.',
    );
  }
  return p;
}

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  purifier ??= createSanitizer(new JSDOM('').window as unknown as WindowLike);
  return purifier;
}

/** Returns HTML safe to render in the reader (see the module comment for what is removed). */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, POLICY);
}

/**
 * Sanitizes and reads the text in one parse: the text comes from the very tree whose markup is
 * returned, so the stored text and the reader's HTML never disagree.
 */
export function sanitizeHtmlWithText(html: string): { html: string; text: string } {
  const body = getPurifier().sanitize(html, { ...POLICY, RETURN_DOM: true });
  return { html: body.innerHTML, text: nodeToText(body) };
}
