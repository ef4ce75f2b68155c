import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EntityId, NetworkEdge, NetworkScope } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../ui/empty-state';
import { ErrorBanner } from '../ui/error-banner';
import { formatCount } from '../ui/format';
import { Loading } from '../ui/loading';
import { useAsync } from '../ui/use-async';
import { useReportFailure } from '../ui/use-report-failure';
import { buildNetworkGraph, edgeKey } from './build-graph';
import { EdgeArticles, type SelectedLink } from './edge-articles';
import { NetworkControls, type NetworkFilters } from './network-controls';
import { downloadBlob, networkToSvg, svgToPng } from './network-export';
import { NetworkLists } from './network-lists';
import { useNetworkColors } from './use-network-colors';
import './network.css';

/**
 * sigma.js (WebGL, about 1.5 MB) is loaded only when a network is first drawn: the window starts
 * without it, and code that never draws a graph (tests in a DOM without WebGL) never evaluates it.
 */
const loadCanvas = () => import('./network-canvas');
type CanvasModule = Awaited<ReturnType<typeof loadCanvas>>;

/**
 * The canvas's module, once loaded. Plain state rather than React.lazy: React holds back the
 * content of a Suspense boundary until 300 ms after its fallback appeared, and on a first open the
 * module and the answer both came within that window, so the first frame waited about 230 ms for
 * nothing. A failed load is thrown at render, to the error boundary, as lazy did.
 */
function useCanvasModule(wanted: boolean): CanvasModule | null {
  const [loaded, setLoaded] = useState<{ module: CanvasModule } | { error: unknown } | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    loadCanvas().then(
      (module) => live && setLoaded({ module }),
      (error: unknown) => live && setLoaded({ error }),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.module ?? null;
}

/**
 * The entity network of the library, a tag or a search: entities as nodes, shared articles as
 * links. The canvas and the list show the same network; a node opens the entity's page, a link
 * lists the articles behind it.
 */
export function NetworkView({ scope: initialScope }: { scope: NetworkScope }) {
  const { t } = useTranslation();
  const client = useClient();
  const { navigate, openArticle, libraryVersion } = useNavigation();
  const reportFailure = useReportFailure();
  const colors = useNetworkColors();
  const [scope, setScope] = useState(initialScope);
  const [filters, setFilters] = useState<NetworkFilters>({ types: [], minWeight: 1, maxNodes: 150 });
  const [display, setDisplay] = useState<'graph' | 'list'>('graph');
  const [link, setLink] = useState<SelectedLink | null>(null);

  const network = useAsync(
    () => client.getEntityNetwork({ scope, ...filters }),
    [client, JSON.stringify(scope), JSON.stringify(filters), libraryVersion],
  );
  const data = network.value;
  // The canvas's module starts loading with the query, not after its answer: on a first open the two
  // took turns. Only where WebGL exists or a graph is to be drawn, so a DOM without WebGL (tests)
  // never evaluates sigma until it has a network to show.
  const canvasModule = useCanvasModule(
    display === 'graph' && (typeof WebGLRenderingContext !== 'undefined' || (data?.nodes.length ?? 0) > 0),
  );
  const graph = useMemo(
    () => (data ? buildNetworkGraph(data, colors.types, colors.edge) : null),
    // Theme changes recolour through the canvas; the graph is rebuilt only for new data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data],
  );
  const names = useMemo(() => new Map((data?.nodes ?? []).map((n) => [String(n.id), n.name])), [data]);

  const selectEdge = (edge: Pick<NetworkEdge, 'source' | 'target'>) =>
    setLink({
      source: edge.source,
      target: edge.target,
      sourceName: names.get(String(edge.source)) ?? '',
      targetName: names.get(String(edge.target)) ?? '',
    });
  const selectEdgeKey = (key: string) => {
    if (!graph) return;
    const [s, t2] = graph.extremities(key);
    selectEdge({ source: Number(s) as EntityId, target: Number(t2) as EntityId });
  };
  const openEntity = (id: EntityId) => navigate({ kind: 'entity', id });

  const exportPicture = (format: 'svg' | 'png') => {
    if (!graph) return;
    const svg = networkToSvg(graph, {
      background: colors.background,
      label: colors.label,
      edge: colors.edge,
      title: t('network.exportTitle', { scope: describeScope(scope, t) }),
    });
    const fileName = `entity-network.${format}`;
    if (format === 'svg') {
      downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), fileName);
      return;
    }
    reportFailure(
      svgToPng(svg).then((png) => downloadBlob(png, fileName)),
      t('network.exportWhat'),
    );
  };

  return (
    <div className="view-network" data-testid="view-network">
      <header className="network-header">
        <h1 className="network-title">{t('network.title')}</h1>
        <p className="network-muted" data-testid="network-summary">
          {data
            ? t('network.summary', {
                scope: describeScope(scope, t),
                nodes: formatCount(data.nodes.length),
                links: formatCount(data.edges.length),
                articles: formatCount(data.scopeArticles),
                count: data.scopeArticles,
              })
            : ''}
        </p>
        {data?.nodesCapped ? (
          <p className="network-muted">
            {t('network.nodesCapped', {
              shown: formatCount(filters.maxNodes),
              total: formatCount(data.entitiesInScope),
              count: data.entitiesInScope,
            })}
          </p>
        ) : null}
        {data?.edgesCapped ? <p className="network-muted">{t('network.edgesCapped')}</p> : null}
        {data?.scopeCapped ? <p className="network-muted">{t('network.scopeCapped')}</p> : null}
      </header>
      <NetworkControls scope={scope} onScope={setScope} filters={filters} onFilters={setFilters} />
      <div className="network-toolbar">
        <div className="network-toolbar__group" role="group" aria-label={t('network.displayLabel')}>
          <button
            type="button"
            className="button"
            data-testid="network-show-graph"
            aria-pressed={display === 'graph'}
            onClick={() => setDisplay('graph')}
          >
            {t('network.showGraph')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="network-show-list"
            aria-pressed={display === 'list'}
            onClick={() => setDisplay('list')}
          >
            {t('network.showList')}
          </button>
        </div>
        <div className="network-toolbar__group" role="group" aria-label={t('network.exportLabel')}>
          <button
            type="button"
            className="button"
            data-testid="network-export-svg"
            disabled={!graph || graph.order === 0}
            onClick={() => exportPicture('svg')}
          >
            {t('network.exportSvg')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="network-export-png"
            disabled={!graph || graph.order === 0}
            onClick={() => exportPicture('png')}
          >
            {t('network.exportPng')}
          </button>
        </div>
      </div>
      <div className="network-body">
        <div className="network-main">
          {network.status === 'error' && !data ? (
            <ErrorBanner title={t('network.loadFailed')} message={network.error} onRetry={network.reload} />
          ) : !data || !graph ? (
            <Loading label={t('network.loading')} />
          ) : data.nodes.length === 0 ? (
            <EmptyState title={t('network.emptyTitle')} hint={t('network.emptyHint')} />
          ) : display === 'graph' ? (
            canvasModule ? (
              <canvasModule.NetworkCanvas
                graph={graph}
                colors={{ label: colors.label, selected: colors.selected, dimmed: colors.dimmed }}
                selectedEdge={link ? edgeKey(link) : null}
                onNodeClick={(key) => openEntity(Number(key) as EntityId)}
                onEdgeClick={selectEdgeKey}
              />
            ) : (
              <Loading />
            )
          ) : (
            <NetworkLists
              network={data}
              selectedEdge={link ? edgeKey(link) : null}
              onOpenEntity={openEntity}
              onSelectEdge={selectEdge}
            />
          )}
        </div>
        {link ? (
          <aside className="network-side">
            <EdgeArticles scope={scope} link={link} onOpen={(id) => openArticle(id)} onClose={() => setLink(null)} />
          </aside>
        ) : null}
      </div>
    </div>
  );
}

function describeScope(scope: NetworkScope, t: TFunction): string {
  if (scope.kind === 'tag') return t('network.scopeTagNamed', { tag: scope.tag });
  if (scope.kind === 'query') return t('network.scopeQueryNamed', { query: scope.query });
  return t('network.scopeLibraryNamed');
}
