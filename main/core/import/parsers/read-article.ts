import { Readability } from '@mozilla/readability';

/**
 * Readability over a page, without the whole-page copy it makes before it starts.
 *
 * Readability's first step serializes the whole <body> (`page.innerHTML`), so that it can start
 * over with looser rules when the article it finds is too short. It starts over on about one page
 * in twenty. On the import bench's pages, that one serialization takes 3.7 ms of a 26 ms parse.
 *
 * Here, for the length of the parse, the body's own `innerHTML` getter takes a deep clone (1.6 ms
 * on the same pages) and hands Readability a marker. If Readability assigns the marker back to
 * start over, the page is restored from the clone's serialization: the very markup it would have
 * kept, parsed the same way. So the article is the same; read-article.test.ts checks that on every
 * fixture page and on a page that makes Readability start over. Any other read or write of the
 * body's markup goes to the DOM as usual.
 */
export type ReadableArticle = ReturnType<Readability['parse']>;

/** The `innerHTML` accessor a DOM gives an element, or null when the DOM has none to take over. */
function innerHtmlAccessor(element: Element): { get(): string; set(value: string): void } | null {
  for (let proto: object | null = Object.getPrototypeOf(element); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (descriptor) {
      const { get, set } = descriptor;
      return get && set ? { get: get as () => string, set: set as (value: string) => void } : null;
    }
  }
  return null;
}

let markers = 0;

/** Runs Readability on `doc`; throws what Readability throws. */
export function readArticle(doc: Document): ReadableArticle {
  const body = doc.body as HTMLElement | null;
  const accessor = body && !Object.hasOwn(body, 'innerHTML') ? innerHtmlAccessor(body) : null;
  if (!body || !accessor) return new Readability(doc).parse();

  // A marker no page's markup can hold (a NUL is replaced by the parser), unique to this parse.
  const marker = `\u0000dossier-page-copy-${++markers}`;
  let copy: Node | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: Element): string {
      copy = this.cloneNode(true);
      return marker;
    },
    set(this: Element, value: string): void {
      accessor.set.call(this, value === marker && copy ? accessor.get.call(copy) : value);
    },
  });
  try {
    return new Readability(doc).parse();
  } finally {
    delete (body as { innerHTML?: string }).innerHTML;
  }
}
