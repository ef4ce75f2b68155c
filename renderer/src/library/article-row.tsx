import type { ArticleSummary } from '../../../preload/api';
import { formatDate } from '../ui/format';
import { CopiesBadge } from '../families/family-rows';

/** One line of the article list: headline, outlet and date, and the start of the excerpt. */
export function ArticleRow({
  article,
  opened,
  unfolded = false,
  onToggleCopies,
}: {
  article: ArticleSummary;
  opened: boolean;
  /** For a row standing for its family: whether its copies show, and how to unfold or fold them. */
  unfolded?: boolean;
  onToggleCopies?: () => void;
}) {
  const meta = [article.siteName, formatDate(article.publishedAt), article.language?.toUpperCase()]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`article-row__inner${opened ? ' is-opened' : ''}`}>
      <div className="article-row__title">{article.title}</div>
      <div className="article-row__meta">
        {article.copies?.length && onToggleCopies ? (
          <CopiesBadge count={article.copies.length} unfolded={unfolded} onToggle={onToggleCopies} />
        ) : null}
        {meta}
      </div>
      {article.excerpt ? <div className="article-row__excerpt">{article.excerpt}</div> : null}
    </div>
  );
}

/** The grey placeholder of a row whose page is still loading. */
export function ArticleRowPlaceholder() {
  return (
    <div className="article-row__inner is-placeholder" aria-hidden="true">
      <div className="placeholder-bar placeholder-bar--title" />
      <div className="placeholder-bar placeholder-bar--meta" />
    </div>
  );
}
