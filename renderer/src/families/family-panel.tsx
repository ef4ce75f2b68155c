import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleForReader, ArticleId, FamilyMember } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { formatCount, formatDate } from '../ui/format';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import { FamilyDiff } from './family-diff';
import './families.css';

/**
 * The family view inside the reader: every near copy of this story side by side (outlet,
 * headline, date, word count), the reporter's tags, notes and quotes on each, a word-level diff
 * of any member against the original, and the choice of original.
 */
export function FamilyPanel({ article, libraryVersion }: { article: ArticleForReader; libraryVersion: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const report = useReportFailure();
  const [version, setVersion] = useState(0);
  const family = useAsync(
    () => client.getFamily({ articleId: article.id }),
    [client, article.id, libraryVersion, version],
  );
  const [compared, setCompared] = useState<ArticleId | null>(null);
  const detail = family.value;
  if (!article.family || !detail) return null;
  const origin = detail.members.find((m) => m.isOrigin);
  const comparing = compared ?? (article.id !== detail.originId ? article.id : null);

  const choose = (articleId: ArticleId | null): void => {
    report(
      client.setFamilyOrigin({ familyId: detail.id, articleId }).then(() => setVersion((v) => v + 1)),
      t('families.changeOriginal'),
    );
  };

  return (
    <section className="family-panel" aria-labelledby="family-panel-title" data-testid="family-panel">
      <h2 id="family-panel-title">
        {t(detail.originChosen ? 'families.publishedChosen' : 'families.published', { count: detail.members.length })}
      </h2>
      <table className="family-panel__members">
        <caption className="visually-hidden">{t('families.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('families.outlet')}</th>
            <th scope="col">{t('families.headline')}</th>
            <th scope="col">{t('families.date')}</th>
            <th scope="col">{t('families.words')}</th>
            <th scope="col">{t('families.yourWork')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('families.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.members.map((m) => (
            <tr key={m.id} aria-current={m.id === article.id ? 'true' : undefined} data-testid="family-member">
              <td>
                {m.siteName ?? '—'}
                {m.isOrigin ? <strong className="family-panel__origin"> {t('families.original')}</strong> : null}
              </td>
              <td dir="auto">{m.title}</td>
              <td>{formatDate(m.publishedAt) || t('families.undated')}</td>
              <td>{formatCount(m.wordCount)}</td>
              <td>
                <MemberWork member={m} />
              </td>
              <td className="family-panel__actions">
                {m.isOrigin ? null : (
                  <>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setCompared(m.id)}
                      aria-pressed={comparing === m.id}
                      data-testid="family-compare"
                    >
                      {t('families.compare')}
                    </button>
                    <button type="button" className="button button--small" onClick={() => choose(m.id)}>
                      {t('families.makeOriginal')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {detail.originChosen ? (
        <button type="button" className="button button--small" onClick={() => choose(null)}>
          {t('families.useEarliest')}
        </button>
      ) : null}
      {origin && comparing !== null && comparing !== origin.id ? (
        <FamilyDiff baseId={origin.id} otherId={comparing} />
      ) : null}
    </section>
  );
}

function MemberWork({ member }: { member: FamilyMember }) {
  const { t } = useTranslation();
  const parts = [
    ...member.tags.map((tag) => `#${tag}`),
    ...member.notes.map((n) => t('families.note', { text: n.text.slice(0, 80) })),
    ...member.quotes.map((q) => t('families.quoted', { text: q.exact.slice(0, 80) })),
  ];
  if (parts.length === 0) return <span className="family-panel__none">—</span>;
  return (
    <ul className="family-panel__work">
      {parts.map((p, i) => (
        <li key={i} dir="auto">
          {p}
        </li>
      ))}
    </ul>
  );
}
