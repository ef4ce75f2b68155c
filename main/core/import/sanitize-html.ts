import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { installSanitizePolicy, SANITIZE_CONFIG } from '../../../preload/contract/sanitize-policy';

/**
 * The import pipeline's sanitizer: the app's one policy (preload/contract/sanitize-policy.ts)
 * on DOMPurify over a jsdom window, applied before an article is stored.
 */

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  installSanitizePolicy(purifier);
  return purifier;
}

/** Returns HTML safe to store and render (see the policy for what is removed). */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, SANITIZE_CONFIG);
}
