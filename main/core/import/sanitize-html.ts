import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

/**
 * The one HTML sanitizer of the app (reader bodies, notes previews, briefs): DOMPurify on a jsdom
 * window. Output has no scripts, event handlers, frames, forms, styles or remote loads; images
 * stay only when embedded as data: URIs; links stay but open nothing by themselves.
 */

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
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
  purifier = p;
  return p;
}

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

/** Returns HTML safe to render in the reader (see the module comment for what is removed). */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    WHOLE_DOCUMENT: false,
  });
}
