/**
 * The one HTML sanitizer policy of the app, applied twice: by the core (DOMPurify on jsdom,
 * main/core/import/sanitize-html.ts; a web page's article when getArticle hands it out, any other
 * format's markup at import, main/core/library/article-markup.ts) and by the renderer before
 * anything is shown (reader bodies and notes previews,
 * renderer/src/reader/sanitize-html.ts). Output has no scripts, event handlers, frames, forms,
 * styles, media or remote loads; images stay only as data: URIs (a remote one becomes an empty
 * placeholder); links stay but open nothing by themselves. Plain TypeScript that imports nothing,
 * so both sides share it.
 */

/** Elements removed with their content, whatever a profile allows. */
export const SANITIZE_FORBID_TAGS: readonly string[] = [
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
  'dialog',
];

/**
 * Elements the sanitizer removes together with everything inside them; any other element it
 * removes leaves its content in place. This is DOMPurify's own default list, written out so the
 * import can read an article's text as the sanitized tree would give it without building that tree
 * (main/core/import/article-text.ts). DOMPurify's list also names thead and colgroup, which the
 * policy allows and so never removes, and head, which no parser puts inside a body; they are left
 * out so that every name here is one whose text a reader never sees (article-text.test.ts checks
 * each).
 */
export const SANITIZE_FORBID_CONTENTS: readonly string[] = [
  'annotation-xml',
  'audio',
  'desc',
  'foreignobject',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'title',
  'video',
  'xmp',
];

/** Attributes removed from every element (on* handlers are removed by DOMPurify itself). */
export const SANITIZE_FORBID_ATTR: readonly string[] = [
  'style',
  'srcset',
  'sizes',
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

/** Link targets that stay: web pages, mail and in-page anchors. Anything else loses its href. */
export const SAFE_LINK_HREF = /^(https?:|mailto:|#)/i;
/** Image sources that stay: embedded images only (a remote image would be a network request). */
export const SAFE_IMAGE_SRC = /^data:image\//i;
/** Set on an image whose remote source was removed, so the reader can say so. */
export const BLOCKED_IMAGE_ATTR = 'data-blocked-src';

/** The DOMPurify configuration for article bodies and notes (add RETURN_DOM_FRAGMENT where wanted). */
export const SANITIZE_CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...SANITIZE_FORBID_TAGS],
  FORBID_ATTR: [...SANITIZE_FORBID_ATTR],
  FORBID_CONTENTS: [...SANITIZE_FORBID_CONTENTS],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  WHOLE_DOCUMENT: false,
};

/** The configuration for search snippets: escaped text with <mark> only. */
export const SNIPPET_SANITIZE_CONFIG = { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] as string[] };

/** What the policy's hook touches on a node: the DOM subset both jsdom and the browser have. */
export interface SanitizedNode {
  nodeName: string;
  getAttribute?(name: string): string | null;
  setAttribute?(name: string, value: string): void;
  removeAttribute?(name: string): void;
  hasAttribute?(name: string): boolean;
}

/** The part of a DOMPurify instance the policy needs (structural, so this file imports nothing). */
export interface SanitizerWithHooks {
  addHook(entryPoint: 'afterSanitizeAttributes', hook: (node: SanitizedNode) => void): void;
}

/** Installs the policy's hook on a DOMPurify instance: image sources and link targets. */
export function installSanitizePolicy(purifier: SanitizerWithHooks): void {
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!node.getAttribute || !node.setAttribute || !node.removeAttribute) return;
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!SAFE_IMAGE_SRC.test(src.trim())) {
        node.removeAttribute('src');
        node.setAttribute(BLOCKED_IMAGE_ATTR, 'remote image not loaded');
      }
    }
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !SAFE_LINK_HREF.test(href.trim())) node.removeAttribute('href');
      if (node.getAttribute('href') !== null) node.setAttribute('rel', 'noreferrer noopener');
    }
  });
}
