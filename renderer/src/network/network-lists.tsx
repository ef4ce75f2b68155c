import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityId, EntityNetwork, NetworkEdge } from '../../../preload/api';
import { formatCount } from '../ui/format';
import { edgeKey } from './build-graph';

const FIRST_LINKS = 100;

/**
 * The network as two tables, entities and links, for keyboard and screen-reader users (the
 * canvas alone is not accessible) and for anyone who wants exact numbers. An entity opens its
 * page; a link lists the articles that connect its two entities.
 */
export function NetworkLists({
  network,
  selectedEdge,
  onOpenEntity,
  onSelectEdge,
}: {
  network: EntityNetwork;
  selectedEdge: string | null;
  onOpenEntity: (id: EntityId) => void;
  onSelectEdge: (edge: NetworkEdge) => void;
}) {
  const { t } = useTranslation();
  const [allLinks, setAllLinks] = useState(false);
  const names = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.name])), [network]);
  const degree = useMemo(() => {
    const d = new Map<EntityId, number>();
    for (const e of network.edges) {
      d.set(e.source, (d.get(e.source) ?? 0) + 1);
      d.set(e.target, (d.get(e.target) ?? 0) + 1);
    }
    return d;
  }, [network]);
  const links = allLinks ? network.edges : network.edges.slice(0, FIRST_LINKS);
  return (
    <div className="network-lists" data-testid="network-lists">
      <table className="network-table" data-testid="network-node-table">
        <caption>{t('network.nodesCaption', { count: network.nodes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.colEntity')}</th>
            <th scope="col">{t('network.colType')}</th>
            <th scope="col">{t('network.colArticles')}</th>
            <th scope="col">{t('network.colLinks')}</th>
          </tr>
        </thead>
        <tbody>
          {network.nodes.map((n) => (
            <tr key={n.id}>
              <th scope="row">
                <button
                  type="button"
                  className="network-link-button"
                  data-testid="network-node"
                  data-name={n.name}
                  onClick={() => onOpenEntity(n.id)}
                >
                  {n.name}
                </button>
              </th>
              <td>{t(`network.types.${n.type}`)}</td>
              <td className="network-num">{formatCount(n.articles)}</td>
              <td className="network-num">{formatCount(degree.get(n.id) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="network-table" data-testid="network-edge-table">
        <caption>{t('network.linksCaption', { count: network.edges.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.colLink')}</th>
            <th scope="col">{t('network.colShared')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((e) => {
            const [a, b] = [names.get(e.source) ?? '', names.get(e.target) ?? ''];
            const key = edgeKey(e);
            return (
              <tr key={key} className={key === selectedEdge ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="network-link-button"
                    data-testid="network-edge"
                    data-names={`${a}|${b}`}
                    aria-pressed={key === selectedEdge}
                    onClick={() => onSelectEdge(e)}
                  >
                    {t('network.linkBetween', { a, b })}
                  </button>
                </th>
                <td className="network-num">{formatCount(e.articles)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!allLinks && network.edges.length > FIRST_LINKS ? (
        <button type="button" className="button" onClick={() => setAllLinks(true)}>
          {t('network.showAllLinks', { count: network.edges.length })}
        </button>
      ) : null}
    </div>
  );
}
