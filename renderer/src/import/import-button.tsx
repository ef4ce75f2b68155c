import { useTranslation } from 'react-i18next';
import { useRef } from 'react';

/**
 * "Import files…": the same import as a drop, from a file dialog, for keyboard and trackpad users.
 * `onOpen` is called as the dialog opens (from this button or the palette, which both click the
 * input), so the core can get ready while the reporter picks.
 */
export function ImportButton({ onFiles, onOpen }: { onFiles: (files: File[]) => void; onOpen?: () => void }) {
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
        onClick={onOpen}
        accept=".html,.htm,.mhtml,.mht,.pdf,.docx,.eml,.txt,.md,.markdown"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
    </>
  );
}
