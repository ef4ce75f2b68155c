import { useTranslation } from 'react-i18next';
import { useRef } from 'react';

/** "Import files…": the same import as a drop, from a file dialog, for keyboard and trackpad users. */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button toolbar__button"
        data-testid="import-button"
        onClick={() => input.current?.click()}
      >
        <span aria-hidden="true">＋</span> {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        accept=".html,.htm,.mhtml,.mht,.pdf,.docx,.eml,.txt,.md,.markdown"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
    </>
  );
}
