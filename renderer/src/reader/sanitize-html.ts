import DOMPurify from 'dompurify';
import {
  installSanitizePolicy,
  SANITIZE_CONFIG,
  SNIPPET_SANITIZE_CONFIG,
} from '../../../preload/contract/sanitize-policy';

/**
 * The renderer's sanitizer, a second wall behind the one the core applies when it hands an article out: the
 * same policy (preload/contract/sanitize-policy.ts) on the page's own DOMPurify.
 */

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify instance with the policy's hooks, so the library-wide default stays untouched. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  installSanitizePolicy(purifier);
  return purifier;
}

/** Sanitizes an article body (or a rendered note) into a fragment ready to insert. */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}

/** Sanitizes a search snippet: escaped text with <mark> only. */
export function sanitizeSnippet(html: string): string {
  return getPurifier().sanitize(html, SNIPPET_SANITIZE_CONFIG);
}
