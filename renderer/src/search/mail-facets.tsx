import { useTranslation } from 'react-i18next';
import type { MailFacets } from '../../../preload/api';

const SHOWN_PER_GROUP = 8;

/** Senders and recipients of the e-mails among the hits; clicking one adds from: or to: to the query. */
export function MailFacetGroups({
  mail,
  onPick,
}: {
  mail: MailFacets;
  onPick: (field: 'from' | 'to', address: string) => void;
}) {
  const { t } = useTranslation();
  const groups = [
    { field: 'from' as const, label: t('containers.facets.senders'), values: mail.senders },
    { field: 'to' as const, label: t('containers.facets.recipients'), values: mail.recipients },
  ].filter((g) => g.values.length > 0);
  return (
    <>
      {groups.map(({ field, label, values }) => (
        <div key={field} className="facet-group">
          <h3 className="facet-group__label">{label}</h3>
          <div className="facet-group__values">
            {values.slice(0, SHOWN_PER_GROUP).map((f) => (
              <button
                key={f.value}
                type="button"
                className="facet"
                data-testid="facet"
                data-facet={field}
                data-value={f.value}
                onClick={() => onPick(field, f.value)}
                title={t(`containers.facets.only_${field}`, { address: f.value })}
              >
                <span className="facet__value">{f.value}</span>
                <span className="facet__count">{f.count}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
    </>
  );
}
