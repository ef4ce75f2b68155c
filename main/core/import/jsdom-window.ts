import { createRequire } from 'node:module';
import type { JSDOM } from 'jsdom';

type JsdomModule = typeof import('jsdom');

let window: JSDOM['window'] | undefined;

/**
 * One jsdom window per thread, made on first use: the sanitizer's DOMPurify runs on it, pages
 * that need an HTML5 parser are parsed with its DOMParser, and `htmlToText` reads fragments on it.
 * Building a window costs far more than parsing a page (jsdom installs every DOM interface on it),
 * so none is made per page. Scripts never run on it (jsdom's default), and its console goes nowhere.
 *
 * jsdom itself is loaded here, on first use, not when a module imports this file: loading it
 * costs seconds of CPU and about 95 MB, and the main thread reaches this file through the mail
 * and OCR code but rarely calls it (the parse workers do the HTML work).
 */
export function sharedJsdomWindow(): JSDOM['window'] {
  if (window) return window;
  const { JSDOM: Jsdom, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  window = new Jsdom('', { virtualConsole: new VirtualConsole() }).window;
  return window;
}
