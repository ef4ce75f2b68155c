import { parseHTML } from 'linkedom';
import { parse, serializeOuter } from 'parse5';

/**
 * The DOM a saved page is read from (metadata, Readability): always linkedom, which parses
 * several times faster than jsdom and gives Readability the same article on the fixture corpus.
 * linkedom does not build the tree an HTML5 parser would when the markup leaves tags implied (no
 * <html> or <body>, text outside them): such pages are first parsed by an HTML5 parser (parse5,
 * jsdom's own) and its tree, serialized, is what linkedom reads. So Readability never sees a
 * tree a browser would not build.
 *
 * Never hand this DOM to the sanitizer: DOMPurify does not work on linkedom (see sanitize-html.ts).
 *
 * linkedom as installed carries patches/linkedom+0.18.15.patch (applied by `postinstall`): a node's
 * listener table is made on its first listener, not with every node, which halved its parse time.
 */
export interface PageDom {
  document: Document;
  /** `html5-then-linkedom`: the page left tags implied and was rebuilt as a browser would first. */
  parser: 'linkedom' | 'html5-then-linkedom';
  close(): void;
}

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
function setDocumentUrls(doc: Document, url: string | undefined, mayHaveBase: boolean): void {
  const documentUri = url ?? 'about:blank';
  let baseUri = documentUri;
  const baseHref = mayHaveBase ? doc.querySelector('base[href]')?.getAttribute('href') : undefined;
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

/**
 * A start tag named "base", in any case (a tag's name ends at a space, "/" or ">"). Elements come
 * only from start tags, so markup without one has no <base>, and the walk of the whole tree that
 * looks for it (0.3–0.8 ms a page on linkedom; the test, 0.13 ms) is skipped.
 */
const BASE_START_TAG = /<base[\t\n\f\r />]/i;

/**
 * The page as an HTML5 parser builds it, serialized: its implied tags are written out. parse5 is
 * the parser jsdom itself uses, here on its own light tree, parsing and serializing with scripting
 * disabled as jsdom's DOMParser does: the same markup as jsdom's outerHTML on all 94 fixture pages,
 * without building jsdom's DOM (yahoo-3 without its scripts, 300 KB: 9 ms, 46 ms on jsdom).
 */
function browserShaped(html: string): string {
  const document = parse(html, { scriptingEnabled: false });
  const root = document.childNodes.find((node) => node.nodeName === 'html');
  return `<!DOCTYPE html>${root ? serializeOuter(root, { scriptingEnabled: false }) : ''}`;
}

/** Parses a page with linkedom, first through an HTML5 parser when linkedom's tree is not the one a browser builds. */
export function parsePageDom(html: string, url: string | undefined): PageDom {
  let parser: PageDom['parser'] = 'linkedom';
  let doc = parseHTML(html).document as unknown as Document;
  if (!isWellShaped(doc)) {
    parser = 'html5-then-linkedom';
    doc = parseHTML(browserShaped(html)).document as unknown as Document;
  }
  setDocumentUrls(doc, url, BASE_START_TAG.test(html));
  return { document: doc, parser, close: () => undefined };
}
