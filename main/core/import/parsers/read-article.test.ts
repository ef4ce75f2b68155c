import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../corpus';
import { parsePageDom } from './page-dom';
import { readArticle } from './read-article';

const paragraph = (n: number): string =>
  `<p>Paragraph ${n}: the export rules on advanced chips reached the A800 and H800 in October, and the ` +
  `companies that bought them, from cloud providers to start-ups, had weeks to change their plans.</p>`;

/** An ordinary article: Readability finds it on its first pass. */
const ARTICLE_PAGE = `<!DOCTYPE html><html><head><title>Chips</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Chips</h1>${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>
  <footer>Contact us</footer></body></html>`;

/**
 * A page whose text sits in a block named like a comment section: the first pass strips it as
 * unlikely, finds too little, and Readability starts over on the page as it was.
 */
const START_OVER_PAGE = `<!DOCTYPE html><html><head><title>Notes</title></head><body>
  <div class="comment-thread">${[1, 2, 3, 4, 5].map(paragraph).join('')}</div>
  <p>Short line.</p></body></html>`;

/** Counts every read of a body's markup through the DOM's own `innerHTML` getter while `run` runs. */
function countBodySerializations(doc: Document, run: () => void): number {
  let proto: object | null = Object.getPrototypeOf(doc.body);
  let descriptor: PropertyDescriptor | undefined;
  while (proto && !(descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML')))
    proto = Object.getPrototypeOf(proto);
  const original = descriptor!;
  let count = 0;
  Object.defineProperty(proto, 'innerHTML', {
    ...original,
    get(this: Element) {
      if (this.tagName === 'BODY') count++;
      return original.get!.call(this) as string;
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(proto, 'innerHTML', original);
  }
  return count;
}

const plain = (html: string) => new Readability(parsePageDom(html, undefined).document).parse();

/** readArticle over a page, counting how often the page had to be built again. */
function read(html: string) {
  let builds = 0;
  const doc = parsePageDom(html, undefined).document;
  const result = readArticle(doc, () => {
    builds++;
    return parsePageDom(html, undefined).document;
  });
  return { ...result, doc, builds };
}

describe('readArticle', () => {
  it('gives the article Readability gives, without serializing the whole page', () => {
    const doc = parsePageDom(ARTICLE_PAGE, undefined).document;
    let result: ReturnType<typeof readArticle> | undefined;
    const serializations = countBodySerializations(doc, () => (result = readArticle(doc, () => doc)));
    expect(result!.article).toEqual(plain(ARTICLE_PAGE));
    expect(result!.article!.textContent).toContain('Paragraph 6');
    expect(result!.document).toBe(doc);
    expect(serializations).toBe(0);

    // Bare Readability serializes it once: what this saves.
    const other = parsePageDom(ARTICLE_PAGE, undefined).document;
    expect(countBodySerializations(other, () => new Readability(other).parse())).toBe(1);
  });

  it('reads the page built again when Readability starts over, and gives the same article', () => {
    const { article, document, doc, builds } = read(START_OVER_PAGE);
    expect(article).toEqual(plain(START_OVER_PAGE));
    // Only a pass on the page as it was keeps the "comment" block's text.
    expect(article!.textContent).toContain('Paragraph 5');
    expect(builds).toBe(1);
    expect(document).not.toBe(doc);
  });

  it('leaves a page without an article as bare Readability leaves it', () => {
    const EMPTY_PAGE =
      '<!DOCTYPE html><html><head><title>T</title></head><body><div><img src="a.png"><span> </span></div></body></html>';
    const bare = parsePageDom(EMPTY_PAGE, undefined).document;
    expect(new Readability(bare).parse()).toBeNull();
    const { article, document } = read(EMPTY_PAGE);
    expect(article).toBeNull();
    expect(document.body.innerHTML).toBe(bare.body.innerHTML);
  });

  it("leaves the body's markup readable and writable as usual afterwards", () => {
    for (const page of [ARTICLE_PAGE, START_OVER_PAGE]) {
      const { doc } = read(page);
      expect(Object.hasOwn(doc.body, 'innerHTML')).toBe(false);
      // Readability moved the article out of the body; what it left is read as markup, not a marker.
      expect(doc.body.innerHTML).not.toContain('\u0000');
      doc.body.innerHTML = '<p>replaced</p>';
      expect(doc.body.textContent).toBe('replaced');
    }
  });

  it('runs bare Readability on a page without a body', () => {
    const doc = parsePageDom('<!DOCTYPE html><html><head><title>T</title></head></html>', undefined).document;
    doc.body?.remove();
    expect(readArticle(doc, () => doc).article).toBeNull();
  });

  const corpus = listCorpus()?.filter((f) => f.source === 'readability');
  it.skipIf(!corpus)('gives the same article as bare Readability on every fixture page', () => {
    const differ: string[] = [];
    let startedOver = 0;
    for (const file of corpus!) {
      const html = readFileSync(file.path, 'utf8');
      const ours = read(html);
      startedOver += ours.builds;
      if (JSON.stringify(ours.article) !== JSON.stringify(plain(html))) differ.push(file.path);
    }
    expect(corpus!.length).toBeGreaterThan(40);
    expect(startedOver).toBeGreaterThan(0);
    expect(differ).toEqual([]);
  });
});
