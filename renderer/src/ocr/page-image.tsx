import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleId, OcrPage } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { matchingWords } from './word-hits';

/**
 * One page image, fetched through the typed contract (PNG bytes, shown from a blob: URL, which the
 * CSP allows; never a file: or network URL), with the search's words boxed on it.
 */
export function OcrPageImage({
  articleId,
  page,
  terms,
  version,
}: {
  articleId: ArticleId;
  page: OcrPage;
  terms: readonly string[];
  version: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [url, setUrl] = useState<string | null>(null);
  const hasImage = page.image !== null;

  useEffect(() => {
    if (!hasImage) return undefined;
    let revoked = false;
    let objectUrl: string | null = null;
    client.getOcrPageImage({ id: articleId, page: page.page }).then(
      ({ base64, mime }) => {
        if (revoked) return;
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        objectUrl = URL.createObjectURL(new Blob([bytes], { type: mime }));
        setUrl(objectUrl);
      },
      () => setUrl(null),
    );
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [client, articleId, page.page, hasImage, version]);

  if (!page.image || url === null)
    return (
      <div className="ocr-page__image ocr-page__image--missing" data-testid="ocr-page-image-pending">
        {t('ocr.imagePending')}
      </div>
    );
  const { width, height } = page.image;
  const hits = matchingWords(page.words, terms);
  return (
    <div className="ocr-page__image" data-testid="ocr-page-image">
      <img src={url} alt={t('ocr.imageAlt', { page: page.page })} />
      {hits.map((w, i) => (
        <span
          key={i}
          className="ocr-page__hit"
          data-testid="ocr-hit"
          title={w.text}
          style={{
            left: `${(w.x0 / width) * 100}%`,
            top: `${(w.y0 / height) * 100}%`,
            width: `${((w.x1 - w.x0) / width) * 100}%`,
            height: `${((w.y1 - w.y0) / height) * 100}%`,
          }}
        />
      ))}
    </div>
  );
}
