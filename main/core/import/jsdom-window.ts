import { JSDOM, VirtualConsole } from 'jsdom';

let window: JSDOM['window'] | undefined;

/**
 * One jsdom window per thread, made on first use: the sanitizer's DOMPurify runs on it, pages
 * that need an HTML5 parser are parsed with its DOMParser, and `htmlToText` reads fragments on it.
 * Building a window costs far more than parsing a page (jsdom installs every DOM interface on it),
 * so none is made per page. Scripts never run on it (jsdom's default), and its console goes nowhere.
 *
 * jsdom is imported statically: loading it lazily through `createRequire(import.meta.url)` broke
 * Playwright's loader (its CommonJS transform refuses `import.meta`), which reaches this file
 * through the reliability spec's helpers.
 */
export function sharedJsdomWindow(): JSDOM['window'] {
  if (window) return window;
  window = new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  return window;
}
