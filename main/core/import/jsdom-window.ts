import { JSDOM, VirtualConsole } from 'jsdom';

let window: JSDOM['window'] | undefined;

/**
 * One jsdom window per thread, made on first use: the sanitizer's DOMPurify runs on it and pages
 * that need an HTML5 parser are parsed with its DOMParser. Building a window costs far more than
 * parsing a page (jsdom installs every DOM interface on it), so none is made per page. Scripts
 * never run on it (jsdom's default), and its console goes nowhere.
 */
export function sharedJsdomWindow(): JSDOM['window'] {
  window ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  return window;
}
