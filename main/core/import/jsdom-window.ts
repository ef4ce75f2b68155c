import type { JSDOM } from 'jsdom';

type JsdomModule = typeof import('jsdom');

let window: JSDOM['window'] | undefined;

/**
 * jsdom, loaded on the first sharedJsdomWindow() call rather than when a module imports this file:
 * loading it costs about 0.45 s of CPU and 60 MB, and the main thread reaches this file through
 * the mail and OCR code at start-up though the parse workers do nearly all the HTML work.
 *
 * Required through `createRequire(__filename)`: the built core (CommonJS), Vitest and Playwright's
 * CommonJS transform (which reaches this file through the reliability spec's helpers) all define
 * `__filename`, while Playwright's transform refuses `import.meta` outright.
 */
function loadJsdom(): JsdomModule {
  const { createRequire } = process.getBuiltinModule('node:module');
  return createRequire(__filename)('jsdom') as JsdomModule;
}

/**
 * One jsdom window per thread, made on first use: the sanitizer's DOMPurify runs on it, pages
 * that need an HTML5 parser are parsed with its DOMParser, and `htmlToText` reads fragments on it.
 * Building a window costs far more than parsing a page (jsdom installs every DOM interface on it),
 * so none is made per page. Scripts never run on it (jsdom's default), and its console goes nowhere.
 */
export function sharedJsdomWindow(): JSDOM['window'] {
  if (window) return window;
  const { JSDOM: Jsdom, VirtualConsole } = loadJsdom();
  window = new Jsdom('', { virtualConsole: new VirtualConsole() }).window;
  return window;
}
