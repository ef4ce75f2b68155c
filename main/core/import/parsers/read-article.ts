import { Readability } from '@mozilla/readability';

/**
 * Readability over a page, without the whole-page copy it makes before it starts.
 *
 * Readability's first step serializes the whole <body> (`page.innerHTML`), so that it can start
 * over with looser rules when the article it finds is too short. On the import bench's pages that
 * serialization is 3.7 ms of a 26 ms parse, and it is used on about one page in twenty.
 *
 * Here, for the length of the parse, the body's own `innerHTML` getter hands Readability a marker
 * instead. If Readability assigns the marker back to start over, this parse is abandoned and bare
 * Readability reads a fresh copy of the page, built again by the caller: the very run Readability
 * would have made, start-overs included, so the article is the same. That costs the pages that
 * start over one wasted pass and spares every other page the copy: 22.6 → 20.2 ms of CPU a page
 * (parse and Readability) on the bench's pages. A deep clone of the body, restored on a start-over,
 * saved only 0.2 ms: the clone's garbage cost about what the serialization did.
 * read-article.test.ts checks the articles on every fixture page and on a page that starts over.
 */
export type ReadableArticle = ReturnType<Readability['parse']>;

/** What Readability read, and the document it read it from (the page built again if it started over). */
export interface ReadResult {
  article: ReadableArticle;
  /** Where the article came from; what Readability left of the page, for a caller that falls back to it. */
  document: Document;
}

/** The `innerHTML` setter a DOM gives an element, or null when the DOM has none to take over. */
function innerHtmlSetter(element: Element): ((value: string) => void) | null {
  for (let proto: object | null = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor) return descriptor.get && descriptor.set ? (descriptor.set as (value: string) => void) : null;
  }
  return null;
}

/** Thrown through Readability when it starts over, to end the parse that has no copy to start from. */
class StartedOver extends Error {}

let markers = 0;

/**
 * Runs Readability on `doc`; `buildAgain` must return the page exactly as `doc` was (a fresh parse
 * of the same markup, with the same changes made to it). Throws what Readability throws.
 */
export function readArticle(doc: Document, buildAgain: () => Document): ReadResult {
  const body = doc.body as HTMLElement | null;
  const setter = body && !Object.hasOwn(body, 'innerHTML') ? innerHtmlSetter(body) : null;
  if (!body || !setter) return { article: new Readability(doc).parse(), document: doc };

  // A marker no page's markup can hold (a NUL is replaced by the parser), unique to this parse.
  const marker = `\u0000dossier-no-page-copy-${++markers}`;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: (): string => marker,
    set(this: Element, value: string): void {
      if (value === marker) throw new StartedOver();
      setter.call(this, value);
    },
  });
  try {
    return { article: new Readability(doc).parse(), document: doc };
  } catch (err) {
    if (!(err instanceof StartedOver)) throw err;
  } finally {
    delete (body as { innerHTML?: string }).innerHTML;
  }
  const again = buildAgain();
  return { article: new Readability(again).parse(), document: again };
}
