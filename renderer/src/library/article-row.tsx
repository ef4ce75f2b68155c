import type { ArticleSummary } from '../../../preload/api';
import { formatDate } from '../ui/format';

/** One line of the article list: headline, outlet and date, and the start of the excerpt. */
export function ArticleRow({ article, opened }: { article: ArticleSummary; opened: boolean }) {
  const meta = [article.siteName, formatDate(article.publishedAt), article.language?.toUpperCase()]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className={`article-row__inner${opened ? ' is-opened' : ''}`}>
      <div className="article-row__title">{article.title}</div>
      <div className="article-row__meta">{meta}</div>
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
