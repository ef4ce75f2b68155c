import { useState } from 'react';
import type { ArticleForReader, ArticleId, FamilyMember } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { formatDate } from '../ui/format';
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
      'change the original',
    );
  };

  return (
    <section className="family-panel" aria-labelledby="family-panel-title" data-testid="family-panel">
      <h2 id="family-panel-title">
        Published {detail.members.length} times{detail.originChosen ? ' (original chosen by you)' : ''}
      </h2>
      <table className="family-panel__members">
        <caption className="visually-hidden">The copies of this story</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Headline</th>
            <th scope="col">Date</th>
            <th scope="col">Words</th>
            <th scope="col">Your work</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.members.map((m) => (
            <tr key={m.id} aria-current={m.id === article.id ? 'true' : undefined} data-testid="family-member">
              <td>
                {m.siteName ?? '—'}
                {m.isOrigin ? <strong className="family-panel__origin"> original</strong> : null}
              </td>
              <td dir="auto">{m.title}</td>
              <td>{formatDate(m.publishedAt) || 'undated'}</td>
              <td>{m.wordCount}</td>
              <td>
                <MemberWork member={m} />
              </td>
              <td className="family-panel__actions">
                {m.isOrigin ? null : (
                  <>
                    <button type="button" onClick={() => setCompared(m.id)} aria-pressed={comparing === m.id}>
                      Compare with original
                    </button>
                    <button type="button" onClick={() => choose(m.id)}>
                      Make original
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {detail.originChosen ? (
        <button type="button" onClick={() => choose(null)}>
          Use the earliest as the original
        </button>
      ) : null}
      {origin && comparing !== null && comparing !== origin.id ? (
        <FamilyDiff baseId={origin.id} otherId={comparing} />
      ) : null}
    </section>
  );
}

function MemberWork({ member }: { member: FamilyMember }) {
  const parts = [
    ...member.tags.map((t) => `#${t}`),
    ...member.notes.map((n) => `Note: ${n.text.slice(0, 80)}`),
    ...member.quotes.map((q) => `“${q.exact.slice(0, 80)}”`),
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
