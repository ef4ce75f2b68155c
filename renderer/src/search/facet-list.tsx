import type { MailFacets, SearchFacets } from '../../../preload/api';
import { MailFacetGroups } from './mail-facets';
import type { FacetKind } from './query-filters';

const GROUPS: { kind: FacetKind; label: string }[] = [
  { kind: 'tags', label: 'Tags' },
  { kind: 'entities', label: 'Entities' },
  { kind: 'sites', label: 'Outlets' },
  { kind: 'languages', label: 'Languages' },
  { kind: 'years', label: 'Years' },
];
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
  const groups = GROUPS.filter((g) => facets[g.kind].length > 0);
  const withMail = mail && onPickMail && mail.senders.length + mail.recipients.length > 0;
  if (groups.length === 0 && !withMail) return null;
  return (
    <aside className="facets" aria-label="Filter results">
      {groups.map(({ kind, label }) => (
        <div key={kind} className="facet-group">
          <h3 className="facet-group__label">{label}</h3>
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
                title={`Only results with ${f.value}`}
              >
                <span className="facet__value">{kind === 'languages' ? f.value.toUpperCase() : f.value}</span>
                <span className="facet__count">{f.count}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
      {withMail ? <MailFacetGroups mail={mail} onPick={onPickMail} /> : null}
    </aside>
  );
}
