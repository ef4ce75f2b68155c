import { useTranslation } from 'react-i18next';
import { OCR_LANGUAGE_CODES } from '../../../preload/api';

type OcrCode = (typeof OCR_LANGUAGE_CODES)[number];

/** A language's name, looked up per code (a closed set: one key each). */
export function ocrLanguageName(code: string, t: (key: string) => string): string {
  return (OCR_LANGUAGE_CODES as readonly string[]).includes(code) ? t(`ocr.language.${code as OcrCode}`) : code;
}

/** "fra+eng" as the reporter reads it: "French, English". */
export function ocrLanguagesLabel(value: string, t: (key: string) => string): string {
  return value
    .split('+')
    .filter((c) => c !== '')
    .map((c) => ocrLanguageName(c, t))
    .join(', ');
}

/**
 * The languages Tesseract reads scans in, as checkboxes (a page may mix French and English). At
 * least one stays ticked: the last one cannot be unticked. `value` is Tesseract's "fra+eng" form,
 * the first language the main one, so a newly ticked language is added after those chosen.
 */
export function OcrLanguagesPicker({
  value,
  onChange,
  legend,
  testId,
  disabled = false,
}: {
  value: string;
  onChange: (value: string) => void;
  legend: string;
  testId: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const chosen = value.split('+').filter((c) => c !== '');
  return (
    <fieldset className="ocr-languages" data-testid={testId} disabled={disabled}>
      <legend className="ocr-languages__legend">{legend}</legend>
      {OCR_LANGUAGE_CODES.map((code) => {
        const on = chosen.includes(code);
        return (
          <label key={code} className="ocr-languages__choice">
            <input
              type="checkbox"
              value={code}
              checked={on}
              disabled={on && chosen.length === 1}
              onChange={() => onChange((on ? chosen.filter((c) => c !== code) : [...chosen, code]).join('+'))}
            />{' '}
            {ocrLanguageName(code, t)}
          </label>
        );
      })}
    </fieldset>
  );
}
