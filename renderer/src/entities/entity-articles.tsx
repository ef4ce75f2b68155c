import { useTranslation } from 'react-i18next';
import type { ArticleId, EntityArticle } from '../../../preload/api';
import { formatDate } from '../ui/format';

/** Every article that mentions the entity, with the sentences around the mentions. */
export function EntityArticles({
  articles,
  total,
  onOpen,
}: {
  articles: EntityArticle[];
  total: number;
  onOpen: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  if (articles.length === 0) return <p className="entity-muted">{t('entities.noArticles')}</p>;
  return (
    <>
      <ol className="entity-articles">
        {articles.map((a) => (
          <li key={a.id} className="entity-article" data-testid="entity-article" data-id={a.id}>
            <button type="button" className="entity-article__title" onClick={() => onOpen(a.id)}>
              {a.title}
            </button>
            <span className="entity-muted">
              {[a.siteName, formatDate(a.publishedAt), t('entities.mentions', { count: a.mentions })]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {a.contexts.map((c, i) => (
              <blockquote key={i} className="entity-article__context" data-testid="entity-context">
                {c.text.slice(0, c.start)}
                <mark>{c.text.slice(c.start, c.end)}</mark>
                {c.text.slice(c.end)}
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
      {total > articles.length ? (
        <p className="entity-muted">{t('entities.showingArticles', { shown: articles.length, count: total })}</p>
      ) : null}
    </>
  );
}
