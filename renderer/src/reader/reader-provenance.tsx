import { splitQuotedHistory, type ArticleId, type DocumentProvenance, type ThreadMessage } from '../../../preload/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';
import { formatDate } from '../ui/format';
import { useAsync } from '../ui/use-async';

function OpenLink({ id, label, onOpen }: { id: ArticleId; label: string; onOpen?: (id: ArticleId) => void }) {
  return onOpen ? (
    <button
      type="button"
      className="button button--small button--ghost"
      data-testid="provenance-open"
      onClick={() => onOpen(id)}
    >
      {label}
    </button>
  ) : (
    <span>{label}</span>
  );
}

function ThreadItem({
  message,
  current,
  onOpen,
}: {
  message: ThreadMessage;
  current: boolean;
  onOpen?: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  const { own, quoted } = splitQuotedHistory(message.text);
  return (
    <li
      className={`reader-thread__message${current ? ' reader-thread__message--current' : ''}`}
      data-testid="thread-message"
      style={{ marginInlineStart: `${Math.min(message.depth, 6)}em` }}
      aria-current={current ? 'true' : undefined}
    >
      <p className="reader-thread__head">
        <OpenLink id={message.id} label={message.title} {...(onOpen ? { onOpen } : {})} />
        <span className="reader-thread__meta">
          {[message.from, formatDate(message.sentAt)].filter(Boolean).join(' · ')}
        </span>
      </p>
      <p className="reader-thread__text">{own}</p>
      {quoted ? (
        <details className="reader-thread__quoted">
          <summary>{t('containers.provenance.quotedHistory')}</summary>
          <pre>{quoted}</pre>
        </details>
      ) : null}
    </li>
  );
}

/**
 * Deleting an archive or mailbox asks what to do with what was found in it: keep the documents
 * (only the archive's record and report go), or delete them too (those also found elsewhere stay).
 */
function DeleteContainer({ containerId, name }: { containerId: number; name: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid="container-delete"
        onClick={() => setAsking(true)}
      >
        {t('containers.delete.button', { name })}
      </button>
    );
  }
  const remove = (withMembers: boolean) => {
    setAsking(false);
    reportFailure(client.deleteContainer({ containerId, withMembers }), t('containers.delete.what', { name }));
  };
  return (
    <span role="group" aria-label={t('containers.delete.label', { name })} className="reader-provenance__delete">
      {t('containers.delete.question', { name })}{' '}
      <button
        type="button"
        className="button button--small"
        data-testid="container-delete-members"
        onClick={() => remove(true)}
      >
        {t('containers.delete.withMembers')}
      </button>{' '}
      <button
        type="button"
        className="button button--small"
        data-testid="container-delete-record"
        onClick={() => remove(false)}
      >
        {t('containers.delete.keepMembers')}
      </button>{' '}
      <button
        type="button"
        className="button button--small button--ghost"
        data-testid="container-delete-cancel"
        onClick={() => setAsking(false)}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}

/** Where this document came from (archive, mailbox, message), what it holds, and its conversation. */
export function ReaderProvenance({
  id,
  libraryVersion,
  onOpen,
}: {
  id: ArticleId;
  libraryVersion: number;
  onOpen?: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const state = useAsync<DocumentProvenance>(() => client.getProvenance({ id }), [client, id, libraryVersion]);
  if (state.status !== 'ready' || !state.value) return null;
  const { links, children, thread } = state.value;
  if (links.length === 0 && children.length === 0 && !thread) return null;
  const open = onOpen ? { onOpen } : {};
  return (
    <section
      className="reader-provenance"
      data-testid="reader-provenance"
      aria-label={t('containers.provenance.label')}
    >
      {links.map((link, i) => (
        <p key={i} className="reader-provenance__link" data-testid="provenance-link">
          {link.parent ? (
            <>
              {t('containers.provenance.attachedTo')}{' '}
              <OpenLink id={link.parent.id} label={link.parent.title} {...open} />
            </>
          ) : (
            <>{t('containers.provenance.in', { path: link.path })}</>
          )}{' '}
          {link.containerId !== null && link.containerFileName ? (
            <DeleteContainer containerId={link.containerId} name={link.containerFileName} />
          ) : null}
        </p>
      ))}
      {children.length > 0 ? (
        <div className="reader-provenance__children">
          <p>{t('containers.provenance.attachments')}</p>
          <ul>
            {children.map((c) => (
              <li key={c.id} data-testid="provenance-child">
                <OpenLink id={c.id} label={c.member.split('/').pop() || c.title} {...open} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {thread && thread.messages.length > 1 ? (
        <div className="reader-thread" data-testid="reader-thread">
          <p>{t('containers.provenance.conversation', { count: thread.messages.length })}</p>
          <ol>
            {thread.messages.map((m) => (
              <ThreadItem key={m.id} message={m} current={m.id === id} {...open} />
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
