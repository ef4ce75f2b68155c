import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { formatCount } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import { OcrLanguagesPicker, ocrLanguagesLabel } from './ocr-languages-picker';

/**
 * In the import report, once the files are in: the scans this import stored, the languages they
 * are read in (the library's setting), and a choice to read them in others. A drop stays one
 * gesture; a reporter who sees "read in English" on a French fax changes it here, for this
 * import only (each scan is read again in the languages chosen: `retryOcr`).
 */
export function ImportOcrLanguages({ ids }: { ids: readonly ArticleId[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const key = ids.join(',');
  const jobs = useAsync(() => client.listOcrJobs(), [client, key]);
  const mine = (jobs.value ?? []).filter((job) => ids.includes(job.articleId));
  const current = mine[0]?.languages ?? '';
  // Null until the reporter ticks something: the scans' own languages are shown meanwhile.
  const [picked, setPicked] = useState<string | null>(null);
  const choice = picked ?? current;
  const [busy, setBusy] = useState(false);

  if (mine.length === 0) return null;
  const apply = (): void => {
    setBusy(true);
    reportFailure(
      Promise.all(mine.map((job) => client.retryOcr({ id: job.articleId, languages: choice }))).finally(() => {
        setBusy(false);
        setPicked(null);
        jobs.reload();
      }),
      t('import.ocrLanguagesFailed'),
    );
  };
  return (
    <div className="import-ocr" data-testid="import-ocr">
      <p className="import-ocr__summary" data-testid="import-ocr-summary">
        {t('import.ocrReadIn', {
          count: mine.length,
          n: formatCount(mine.length),
          languages: ocrLanguagesLabel(current, t),
        })}
      </p>
      <OcrLanguagesPicker
        value={choice}
        onChange={setPicked}
        legend={t('import.ocrLanguagesLegend')}
        testId="import-ocr-languages"
        disabled={busy}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="import-ocr-apply"
        disabled={busy || choice === current}
        onClick={apply}
      >
        {t('import.ocrLanguagesApply')}
      </button>
    </div>
  );
}
