import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';

/**
 * The DOM a saved page is read from (metadata, Readability). linkedom parses several times faster
 * than jsdom and gives Readability the same article on the fixture corpus, but it does not build
 * the tree an HTML5 parser would when the markup leaves tags implied (no <html> or <body>, text
 * outside them): such pages go to jsdom, so Readability never sees a tree a browser would not.
 *
 * Never hand this DOM to the sanitizer: DOMPurify does not work on linkedom (see sanitize-html.ts).
 */
export interface PageDom {
  document: Document;
  parser: 'linkedom' | 'jsdom';
  close(): void;
}

const quietConsole = new VirtualConsole();

function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && (node.nodeValue ?? '').trim() === '';
}

/** True when the tree is <html> holding a <head> and a <body> and nothing else but blanks and comments. */
function isWellShaped(doc: Document): boolean {
  const root = doc.documentElement as Element | null;
  if (!root || root.tagName !== 'HTML') return false;
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node !== root && (node.nodeType === 1 || (node.nodeType === 3 && !isBlankText(node)))) return false;
  }
  let hasBody = false;
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'BODY') hasBody = true;
      else if (tag !== 'HEAD') return false;
    } else if (node.nodeType === 3 && !isBlankText(node)) return false;
  }
  return hasBody;
}

/**
 * Gives a linkedom document the addresses a browser's would have: its URL (the snapshot location,
 * or about:blank) and its base URL (a <base href> resolved against it). Readability resolves the
 * article's relative links and images against these, as it does on jsdom.
 */
function setDocumentUrls(doc: Document, url: string | undefined): void {
  const documentUri = url ?? 'about:blank';
  let baseUri = documentUri;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      baseUri = new URL(baseHref, documentUri).href;
    } catch {
      // an unusable <base> is ignored, as browsers ignore it
    }
  }
  Object.defineProperty(doc, 'documentURI', { value: documentUri });
  Object.defineProperty(doc, 'baseURI', { value: baseUri });
}

/** Parses a page with linkedom, or with jsdom when linkedom's tree is not the one a browser builds. */
export function parsePageDom(html: string, url: string | undefined): PageDom {
  const fast = parseHTML(html).document as unknown as Document;
  if (isWellShaped(fast)) {
    setDocumentUrls(fast, url);
    return { document: fast, parser: 'linkedom', close: () => undefined };
  }
  const dom = new JSDOM(html, { url, virtualConsole: quietConsole, contentType: 'text/html' });
  return { document: dom.window.document, parser: 'jsdom', close: () => dom.window.close() };
}
