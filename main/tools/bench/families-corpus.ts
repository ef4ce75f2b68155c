import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { DEMO_ARTICLES } from '../../core/demo/demo-articles';
import { seededRandom } from '../../test-support/seeded-random';

/** A real article: its headline, paragraphs and language. */
export interface RealArticle {
  title: string;
  paragraphs: string[];
  language: string;
}

/** One article of the syndication corpus, with the story it truly belongs to. */
export interface CorpusArticle {
  title: string;
  text: string;
  language: string;
  siteName: string;
  publishedAt: string;
  /** Same story (original and its copies) ⇔ same value. */
  story: number;
}

/** ../shared beside the repository (benchmarks run from its root). */
const SHARED = resolve(process.cwd(), '../shared');

/**
 * The real articles: the demo library (one topic, the GPU trade war: same companies, chips and
 * officials throughout, so every pair of different stories is a hard negative), the pages of the
 * shared Readability fixtures (their expected extraction) and the French seed article.
 */
export function loadRealArticles(): RealArticle[] {
  const out: RealArticle[] = DEMO_ARTICLES.map((a) => ({
    title: a.title,
    paragraphs: a.paragraphs,
    language: a.language,
  }));
  const pages = join(SHARED, 'fixtures/readability');
  if (existsSync(pages)) {
    for (const dir of readdirSync(pages).sort()) {
      const file = join(pages, dir, 'expected.html');
      if (!existsSync(file)) continue;
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const paragraphs = [...document.querySelectorAll('p')]
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((p) => p.split(' ').length >= 8);
      const meta = JSON.parse(readFileSync(join(pages, dir, 'expected-metadata.json'), 'utf8')) as {
        title?: string;
        lang?: string;
      };
      if (paragraphs.join(' ').split(' ').length < 150) continue;
      // Some fixtures are the same page saved twice (lifehacker-post-comment-load, lifehacker-working):
      // one story, so it is kept once, else the truth would call its two saves different stories.
      if (out.some((o) => o.title === meta.title)) continue;
      out.push({ title: meta.title ?? dir, paragraphs, language: (meta.lang ?? 'en').slice(0, 2) });
    }
  }
  const seed = join(SHARED, 'seed/gpu-trade-war-fr.txt');
  if (existsSync(seed)) {
    const lines = readFileSync(seed, 'utf8')
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    out.push({ title: lines[0]!, paragraphs: lines.slice(1), language: 'fr' });
  }
  return out;
}

const OUTLETS = [
  'Harbour Daily',
  'The Valley Post',
  'Metro Courier',
  'Northern Ledger',
  'Coastline News',
  'Capital Tribune',
];
const FURNITURE_TOP = ['Advertisement', 'Share this article', 'Listen to this story', 'Subscribe for unlimited access'];
const FURNITURE_BOTTOM = [
  'Sign up for our morning newsletter.',
  'Most read: Council approves new bus lanes; Weekend weather; Local team wins derby.',
  '© All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Comments are closed for this article.',
];
const CREDITS = ['(AFP) -', '(Reuters) -', 'By the wire services', 'Additional reporting by our staff.'];

/**
 * A copy as a newsroom makes one: a new headline, often the last paragraph or two cut, sometimes
 * a local paragraph (taken from another real article) or a credit line, a few words changed, and
 * the outlet's own furniture around the body.
 */
export function makeCopy(
  original: RealArticle,
  others: RealArticle[],
  rand: () => number,
): { title: string; text: string } {
  let paragraphs = [...original.paragraphs];
  const cut = rand() < 0.7 ? 1 + Math.floor(rand() * 2) : 0;
  if (paragraphs.length - cut >= 3) paragraphs = paragraphs.slice(0, paragraphs.length - cut);
  if (rand() < 0.5) {
    const other = others[Math.floor(rand() * others.length)]!;
    const local = other.paragraphs[Math.floor(rand() * other.paragraphs.length)]!;
    paragraphs.splice(Math.min(paragraphs.length, 1 + Math.floor(rand() * paragraphs.length)), 0, local);
  }
  // A few words changed: a sub-editor's synonym or a corrected figure.
  paragraphs = paragraphs.map((p) => {
    if (rand() > 0.3) return p;
    const words = p.split(' ');
    const at = Math.floor(rand() * words.length);
    words[at] = ['said', 'reported', 'noted', 'about', 'nearly', 'officials'][Math.floor(rand() * 6)]!;
    return words.join(' ');
  });
  if (rand() < 0.5) paragraphs.unshift(CREDITS[Math.floor(rand() * CREDITS.length)]!);
  const top = FURNITURE_TOP.filter(() => rand() < 0.5);
  const bottom = FURNITURE_BOTTOM.filter(() => rand() < 0.5);
  const title = `${OUTLETS[Math.floor(rand() * OUTLETS.length)]}: ${original.title.split(' ').slice(0, 6).join(' ')}`;
  return { title, text: [...top, ...paragraphs, ...bottom].join('\n\n') };
}

/** The labelled corpus: every real article as an original, with 0 to 5 copies each. */
export function buildSyndicationCorpus(real: RealArticle[], seed = 7): CorpusArticle[] {
  const rand = seededRandom(seed);
  const out: CorpusArticle[] = [];
  real.forEach((original, story) => {
    const others = real.filter((r) => r !== original);
    out.push({
      title: original.title,
      text: original.paragraphs.join('\n\n'),
      language: original.language,
      siteName: 'Origin Wire',
      publishedAt: '2025-01-01',
      story,
    });
    const copies = Math.floor(rand() * 6);
    for (let c = 0; c < copies; c++) {
      const copy = makeCopy(original, others, rand);
      out.push({
        ...copy,
        language: original.language,
        siteName: OUTLETS[c % OUTLETS.length]!,
        publishedAt: `2025-01-0${2 + c}`,
        story,
      });
    }
  });
  // Imported in no particular order, as a reporter's collection is.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Filler for the 50,000-article timing library: articles of about the corpus's length made of real
 * sentences drawn at random from all the real articles (so texts share names and phrases, as a
 * library on one beat does), with copies of real articles mixed in at the corpus's rate.
 */
export function buildLargeLibrary(real: RealArticle[], size: number, seed = 11): { text: string; language: string }[] {
  const rand = seededRandom(seed);
  const sentences = real.flatMap((r) => r.paragraphs.join(' ').split(/(?<=[.!?])\s+/)).filter((s) => s.length > 30);
  const out: { text: string; language: string }[] = [];
  while (out.length < size) {
    if (rand() < 0.15) {
      const original = real[Math.floor(rand() * real.length)]!;
      out.push({ text: makeCopy(original, real, rand).text, language: original.language });
      continue;
    }
    const n = 15 + Math.floor(rand() * 25);
    const picked: string[] = [];
    for (let i = 0; i < n; i++) picked.push(sentences[Math.floor(rand() * sentences.length)]!);
    out.push({ text: picked.join(' '), language: 'en' });
  }
  return out;
}
