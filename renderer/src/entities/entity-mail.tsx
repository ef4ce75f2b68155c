import { useTranslation } from 'react-i18next';
import type { ArticleId, EntityMail, EntityMailMessage } from '../../../preload/api';
import { formatDate } from '../ui/format';

function MailList({
  messages,
  total,
  role,
  onOpen,
}: {
  messages: EntityMailMessage[];
  total: number;
  role: 'sent' | 'received';
  onOpen: (id: ArticleId) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return <p className="entity-muted">{t(`containers.entityMail.none_${role}`)}</p>;
  return (
    <>
      <ol className="entity-articles" data-testid={`entity-mail-${role}`}>
        {messages.map((m) => (
          <li key={m.id} className="entity-article" data-testid="entity-mail-message" data-id={m.id}>
            <button type="button" className="entity-article__title" onClick={() => onOpen(m.id)}>
              {m.title}
            </button>
            <span className="entity-muted">
              {[
                m.counterpart ? t(`containers.entityMail.counterpart_${role}`, { address: m.counterpart }) : null,
                formatDate(m.sentAt),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ol>
      {total > messages.length ? (
        <p className="entity-muted">{t('containers.entityMail.showing', { shown: messages.length, count: total })}</p>
      ) : null}
    </>
  );
}

/** A person's e-mails, found through the addresses among their aliases: what they sent, what they received. */
export function EntityMailSection({ mail, onOpen }: { mail: EntityMail; onOpen: (id: ArticleId) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="entity-mail">
      <h2 className="entity-section-title">{t('containers.entityMail.sent', { count: mail.sentTotal })}</h2>
      <MailList messages={mail.sent} total={mail.sentTotal} role="sent" onOpen={onOpen} />
      <h2 className="entity-section-title">{t('containers.entityMail.received', { count: mail.receivedTotal })}</h2>
      <MailList messages={mail.received} total={mail.receivedTotal} role="received" onOpen={onOpen} />
    </div>
  );
}
