import DOMPurify from 'dompurify';

/**
 * The renderer's own sanitizer, a second wall behind the one the core applies before storing:
 * no scripts, no handlers, no style, no frames or forms, no media, and images only from data:
 * URLs (a remote image would be a network request, which Dossier never makes).
 */
const FORBID_TAGS = [
  'style',
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'svg',
  'math',
  'template',
  'portal',
  'dialog',
];
const FORBID_ATTR = [
  'style',
  'srcset',
  'sizes',
  'ping',
  'background',
  'poster',
  'action',
  'formaction',
  'target',
  'xlink:href',
];
const SAFE_LINK = /^(https?:|mailto:|#)/i;

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify instance with our hooks, so the library-wide default stays untouched. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!/^data:image\//i.test(src.trim())) {
        node.removeAttribute('src');
        node.setAttribute('data-blocked-src', 'remote image not loaded');
      }
    }
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'noreferrer noopener');
    }
  });
  purifier = instance;
  return instance;
}

/** Sanitizes an article body into a fragment ready to insert into the reader. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}

/** Sanitizes a search snippet: escaped text with <mark> only. */
export function sanitizeSnippet(html: string): string {
  return getPurifier().sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
}
