import type { ArticleForReader } from '../../../preload/api';
import { formatBytes, formatDateTime } from '../ui/format';

/** Provenance: where this article came from, so every claim can be traced to its file. */
export function ReaderInfo({ article }: { article: ArticleForReader }) {
  const { source } = article;
  const url = article.canonicalUrl ?? article.url;
  return (
    <details className="reader-info" data-testid="reader-info" open>
      <summary>Source and provenance</summary>
      <dl>
        <dt>File</dt>
        <dd data-testid="info-file-name">{source.fileName}</dd>
        <dt>Format</dt>
        <dd>{article.format.toUpperCase()}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(source.bytes)}</dd>
        <dt>Imported</dt>
        <dd>
          <time dateTime={source.importedAt}>{formatDateTime(source.importedAt)}</time>
        </dd>
        <dt>SHA-256</dt>
        <dd className="mono" data-testid="info-sha256">
          {source.sha256}
        </dd>
        {url ? (
          <>
            <dt>URL</dt>
            <dd className="mono break" data-testid="info-url">
              {url}
            </dd>
          </>
        ) : null}
        <dt>Words</dt>
        <dd>{article.wordCount.toLocaleString()}</dd>
      </dl>
    </details>
  );
}
