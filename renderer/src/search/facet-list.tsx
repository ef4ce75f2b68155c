import { useTranslation } from 'react-i18next';
import type { MailFacets, SearchFacets } from '../../../preload/api';
import { MailFacetGroups } from './mail-facets';
import type { FacetKind } from './query-filters';
import { formatCount } from '../ui/format';

// In this order; each group's heading is search.facet.<kind>.
const GROUPS: FacetKind[] = ['tags', 'entities', 'sites', 'languages', 'years'];
const SHOWN_PER_GROUP = 8;

/** Facets beside the results; clicking one narrows the query. */
export function FacetList({
  facets,
  onPick,
  mail,
  onPickMail,
}: {
  facets: SearchFacets;
  onPick: (kind: FacetKind, value: string) => void;
  /** Senders and recipients, when the library holds e-mail. */
  mail?: MailFacets | undefined;
  onPickMail?: (field: 'from' | 'to', address: string) => void;
}) {
  const { t } = useTranslation();
  const groups = GROUPS.filter((kind) => facets[kind].length > 0);
  const withMail = mail && onPickMail && mail.senders.length + mail.recipients.length > 0;
  if (groups.length === 0 && !withMail) return null;
  return (
    <aside className="facets" aria-label={t('search.filterResults')}>
      {groups.map((kind) => (
        <div key={kind} className="facet-group">
          <h3 className="facet-group__label">{t(`search.facet.${kind}`)}</h3>
          <div className="facet-group__values">
            {facets[kind].slice(0, SHOWN_PER_GROUP).map((f) => (
              <button
                key={f.value}
                type="button"
                className="facet"
                data-testid="facet"
                data-facet={kind}
                data-value={f.value}
                onClick={() => onPick(kind, f.value)}
                title={t('search.onlyWith', { value: f.value })}
              >
                <span className="facet__value">{kind === 'languages' ? f.value.toUpperCase() : f.value}</span>
                <span className="facet__count">{formatCount(f.count)}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
      {withMail ? <MailFacetGroups mail={mail} onPick={onPickMail} /> : null}
    </aside>
  );
}
