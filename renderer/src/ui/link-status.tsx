import { useTranslation } from 'react-i18next';
import { useState } from 'react';

/** Copies text to the clipboard when the platform allows it; reports whether it worked. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a link in the article points, shown instead of following it. The reporter can copy the
 * URL and open it elsewhere on purpose; the app itself never navigates.
 */
export function LinkStatus({ url, onDismiss }: { url: string | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  if (!url) return null;
  return (
    <div className="link-status" data-testid="link-status" role="status">
      <span className="link-status__label">{t('common.link')}</span>
      <span className="link-status__url" title={url}>
        {url}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="copy-link"
        onClick={() => {
          copyText(url).then(
            (ok) => setCopied(ok ? url : null),
            () => setCopied(null),
          );
        }}
      >
        {copied === url ? t('common.copied') : t('common.copyLink')}
      </button>
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={t('common.hideLink')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
