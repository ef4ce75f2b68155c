import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Languages whose trained data ships with the app as npm packages (`@tesseract.js-data/<code>`). */
export const OCR_LANGUAGES = ['eng', 'fra', 'deu', 'chi_sim'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

/**
 * Folder of a trained-data package's files. The fast integer ("best_int") models are used: they
 * are the ones tesseract.js's LSTM-only mode is built for, and a desk's 2-core laptop needs speed.
 */
export function langDataFolder(code: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int');
}

/**
 * Puts a language's trained data, unpacked from its installed package, in the app's own OCR data
 * folder, once. tesseract.js takes one `langPath` per worker while our languages live in one
 * package each, and its way of handing over bytes directly is broken in 7.0.0 (its initialise step
 * joins the data instead of the codes), so the engine reads from this folder as a read-only cache:
 * it never fetches, and never writes anything in the working directory.
 */
export async function ensureLangData(folder: string, code: string): Promise<void> {
  const target = join(folder, `${code}.traineddata`);
  if (existsSync(target)) return;
  await mkdir(folder, { recursive: true });
  const gz = await readFile(join(langDataFolder(code), `${code}.traineddata.gz`));
  const temp = `${target}.${process.pid}.part`;
  await writeFile(temp, gunzipSync(gz));
  await rename(temp, target); // whole or absent, even if two engines unpack at once
}

/** Parses "fra+eng" into known language codes; unknown codes are a reporter's typo, refused early. */
export function parseLanguages(spec: string): OcrLanguage[] {
  const codes = spec
    .split('+')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const unknown = codes.filter((c) => !(OCR_LANGUAGES as readonly string[]).includes(c));
  if (codes.length === 0 || unknown.length > 0)
    throw new Error(`Unknown OCR language "${unknown.join('+') || spec}". Dossier reads ${OCR_LANGUAGES.join(', ')}.`);
  return codes as OcrLanguage[];
}

/** The writing system each language is read in, as Tesseract's script detection (osd) names it. */
const SCRIPT_OF: Record<OcrLanguage, string> = { eng: 'Latin', fra: 'Latin', deu: 'Latin', chi_sim: 'Han' };

/**
 * The language to add when a page is written in a script none of the chosen languages reads (a
 * Chinese page in an import set to English): Han is read as simplified Chinese, Latin as English.
 * Null when the chosen languages already read that script, or when Dossier ships no data for it.
 */
export function languageForScript(script: string | null, chosen: readonly OcrLanguage[]): OcrLanguage | null {
  if (!script || chosen.some((code) => SCRIPT_OF[code] === script)) return null;
  return OCR_LANGUAGES.find((code) => SCRIPT_OF[code] === script) ?? null;
}
