import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { installSanitizePolicy, SANITIZE_CONFIG } from '../../../preload/contract/sanitize-policy';
import { sharedJsdomWindow } from './jsdom-window';
import { nodeToText } from './text-stats';

/**
 * The core's sanitizer: the app's one policy (preload/contract/sanitize-policy.ts) on DOMPurify
 * over a jsdom window. It is applied to a web page's article when the core hands it out
 * (getArticle, see library/article-markup.ts), and at import to the markup of mails, Word files
 * and notes, whose text is read from it.
 *
 * Only jsdom: pages are parsed with linkedom for speed, but DOMPurify on a linkedom window reports
 * isSupported = false and then returns its input unchanged, unsanitized. createSanitizer refuses any
 * window on which DOMPurify does not actually strip a canary vector, so that mistake cannot ship.
 */

/** Markup every working sanitizer with this policy must strip (a handler, a script URL, a script, svg). */
const CANARY =
  '<p onclick="alert(1)">canary</p><a href="javascript:alert(2)">x</a><script>alert(3)</script><svg onload="alert(4)"></svg>';
const CANARY_LEFTOVER = /onclick|javascript:|<script|<svg|alert/i;

/**
 * DOMPurify with the app's policy on `window`. Throws when DOMPurify cannot sanitize on that
 * window (it would otherwise return markup unchanged): checked once, here, before any use.
 */
export function createSanitizer(window: WindowLike): DOMPurify {
  const purifier = createDOMPurify(window);
  installSanitizePolicy(purifier);
  const canary = purifier.isSupported ? purifier.sanitize(CANARY, SANITIZE_CONFIG) : CANARY;
  if (!purifier.isSupported || CANARY_LEFTOVER.test(canary) || !canary.includes('canary')) {
    throw new Error(
      'The HTML sanitizer cannot work on this DOM (DOMPurify left a script in place); it must run on a jsdom window.',
    );
  }
  return purifier;
}

let purifier: DOMPurify | null = null;

function getPurifier(): DOMPurify {
  purifier ??= createSanitizer(sharedJsdomWindow() as unknown as WindowLike);
  return purifier;
}

/**
 * Loads jsdom and builds the sanitizer ahead of need: the first web page opened otherwise waits for
 * it (145-198 ms in the import bench's runs, more on a cold code cache). Cheap to call again.
 */
export function warmSanitizer(): void {
  getPurifier();
}

/** Returns HTML safe to render (see the policy for what is removed). */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, SANITIZE_CONFIG);
}

/**
 * Sanitizes markup and reads its text in one parse, for the importers that store sanitized markup
 * (mails, Word files, notes): the text comes from the very tree whose markup is returned. Reading
 * the text by parsing the sanitized markup again took jsdom a second tree: the two gave the same
 * text on 158 of 158 bodies (every fixture mail's HTML and 150 bench articles), one parse in 63% of
 * the time.
 */
export function sanitizeHtmlWithText(html: string): { html: string; text: string } {
  const body = getPurifier().sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM: true });
  return { html: body.innerHTML, text: nodeToText(body) };
}
