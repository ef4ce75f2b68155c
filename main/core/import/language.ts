import { franc } from 'franc-min';

/** ISO 639-3 (franc) to the two-letter BCP 47 tags the library stores, for the languages Dossier supports. */
const FRANC_TO_BCP47: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  cmn: 'zh',
  jpn: 'ja',
  ces: 'cs',
  pol: 'pl',
  ukr: 'uk',
  swe: 'sv',
  tur: 'tr',
  ron: 'ro',
  hun: 'hu',
  kor: 'ko',
  arb: 'ar',
  ell: 'el',
  vie: 'vi',
  tha: 'th',
  hin: 'hi',
  ind: 'id',
  bul: 'bg',
  hrv: 'hr',
  srp: 'sr',
};
const SUPPORTED = new Set(Object.values(FRANC_TO_BCP47));
const FRANC_ONLY = Object.keys(FRANC_TO_BCP47);

/** Reduces a declared language ("en-US", "pt_BR", "zh-Hans") to its two-letter primary tag, if supported. */
export function normalizeLanguageTag(declared: string | null | undefined): string | null {
  if (!declared) return null;
  const primary =
    declared
      .trim()
      .toLowerCase()
      .split(/[-_\s,;]/)[0] ?? '';
  if (primary === 'jp') return 'ja';
  if (primary === 'cz') return 'cs';
  return SUPPORTED.has(primary) ? primary : null;
}

/** Detects the language of a text with franc-min, restricted to the supported languages; null if unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const kana = sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = sample.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  // franc needs many characters for CJK; script counts decide those cheaply and reliably.
  if (kana > 10 && kana >= (han + kana) * 0.1) return 'ja';
  if (hangul > 20 && hangul > han) return 'ko';
  if (han > 20 && han > sample.length * 0.2) return 'zh';
  const code = FRANC_TO_BCP47[franc(sample, { only: FRANC_ONLY, minLength: 20 })] ?? null;
  // On short Cyrillic texts franc confuses Russian with Bulgarian or Serbian; letters only Russian uses settle it.
  if ((code === 'bg' || code === 'sr' || code === 'uk') && /[ыэЫЭ]/.test(sample) && !/[іїєґІЇЄҐ]/.test(sample))
    return 'ru';
  return code;
}

/** The declared language when it is usable, else the detected one. */
export function chooseLanguage(declared: string | null | undefined, text: string): string | null {
  return normalizeLanguageTag(declared) ?? detectLanguage(text);
}
