import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from './build-graph';
import { isDraggingCanvas } from './drag-picking';
import { EdgeLineDragProgram, EdgeRectangleDragProgram, NodeCircleDragProgram } from './drag-programs';
import { runForceLayout } from './run-force-layout';

/** A camera animation only ends; it has no failure to report. */
function ignore(animation: Promise<void> | undefined): void {
  animation?.catch(() => undefined);
}

/** Set on the first frame of each graph: the benchmark measures the time to it. */
export const FIRST_FRAME_MARK = 'dossier:network-first-frame';

export interface CanvasColors {
  label: string;
  selected: string;
  dimmed: string;
}

/**
 * The network drawn by sigma.js (WebGL), with ForceAtlas2 settling it in a worker. A click on a
 * node or a link goes to the parent; hovering a node brings its neighbours forward. The canvas
 * is not reachable by keyboard or screen readers: the list view next to it is the accessible
 * equivalent, and the zoom buttons here are plain buttons.
 */
export function NetworkCanvas({
  graph,
  colors,
  selectedEdge,
  onNodeClick,
  onEdgeClick,
}: {
  graph: NetworkGraph;
  colors: CanvasColors;
  selectedEdge: string | null;
  onNodeClick: (key: string) => void;
  onEdgeClick: (key: string) => void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const hovered = useRef<string | null>(null);
  const selected = useRef<string | null>(selectedEdge);
  const clicks = useRef({ onNodeClick, onEdgeClick });
  clicks.current = { onNodeClick, onEdgeClick };
  const [failed, setFailed] = useState(false);
  const [settling, setSettling] = useState(true);

  const current = useRef(graph);
  current.current = graph;
  const firstFrame = useRef(true);

  // One renderer (one WebGL context, its shaders compiled once) for the life of the canvas; a new
  // network is swapped in with setGraph below, which is much faster than building a renderer again.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let sigma: Sigma<NodeAttributes, EdgeAttributes>;
    try {
      sigma = new Sigma<NodeAttributes, EdgeAttributes>(current.current, el, {
        allowInvalidContainer: true,
        enableEdgeEvents: true,
        defaultEdgeType: 'rectangle',
        nodeProgramClasses: { circle: NodeCircleDragProgram },
        edgeProgramClasses: { rectangle: EdgeRectangleDragProgram, line: EdgeLineDragProgram },
        labelColor: { color: colors.label },
        labelFont: 'system-ui, sans-serif',
        labelRenderedSizeThreshold: 7,
        zIndex: true,
        nodeReducer: (node, data) => {
          const focus = hovered.current;
          if (!focus || focus === node || current.current.areNeighbors(focus, node)) return { ...data, zIndex: 1 };
          return { ...data, color: colors.dimmed, label: '', zIndex: 0 };
        },
        edgeReducer: (edge, data) => {
          if (edge === selected.current)
            return { ...data, type: 'rectangle', color: colors.selected, size: data.size + 2, zIndex: 2 };
          const focus = hovered.current;
          if (focus && !current.current.hasExtremity(edge, focus)) return { ...data, hidden: true };
          return data;
        },
      });
    } catch {
      // No WebGL (a locked-down or very old graphics stack): the list view still works.
      setFailed(true);
      return;
    }
    renderer.current = sigma;
    // sigma looks for the node and the link under the pointer on every mouse move, dragging included:
    // each look reads a pixel back from WebGL, which waits for the GPU to finish every queued draw
    // (two stalls per move in software WebGL). A drag pans the camera and hovers nothing, so the
    // look waits until the button is up.
    const captor = sigma.getMouseCaptor();
    for (const hover of captor.listeners('mousemove')) {
      captor.removeListener('mousemove', hover);
      captor.on('mousemove', (coords) => {
        if (!captor.isMouseDown) hover(coords);
      });
    }
    // Frames drawn during a drag leave the picking buffers out (drag-programs.ts): once the button is
    // up, one frame draws them again for the hover and click look-ups.
    let pickingStale = false;
    sigma.on('beforeRender', () => {
      pickingStale ||= isDraggingCanvas(sigma);
    });
    captor.on('mouseup', () => {
      if (!pickingStale) return;
      pickingStale = false;
      sigma.scheduleRender();
    });
    sigma.on('afterRender', () => {
      if (!firstFrame.current) return;
      firstFrame.current = false;
      performance.mark(FIRST_FRAME_MARK);
      el.dataset.rendered = 'true';
    });
    // sigma clears its hover layers every frame (a WebGL canvas for the hovered node, a 2-D one for its
    // label) and its link-label layer, which we never draw on; under software compositing every WebGL
    // canvas changed in a frame is read back, and every layer is blended again. Out of the page, they
    // cost nothing: the hover layers come back only while a node is hovered.
    const layers = sigma.getCanvases();
    const showHoverLayers = (shown: boolean) => {
      for (const id of ['hoverNodes', 'hovers']) layers[id]?.style.setProperty('display', shown ? '' : 'none');
    };
    layers.edgeLabels?.style.setProperty('display', 'none');
    showHoverLayers(false);
    sigma.on('clickNode', ({ node }) => clicks.current.onNodeClick(node));
    sigma.on('clickEdge', ({ edge }) => clicks.current.onEdgeClick(edge));
    sigma.on('enterNode', ({ node }) => {
      hovered.current = node;
      el.style.cursor = 'pointer';
      showHoverLayers(true);
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      hovered.current = null;
      el.style.cursor = '';
      showHoverLayers(false);
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('enterEdge', () => {
      el.style.cursor = 'pointer';
    });
    sigma.on('leaveEdge', () => {
      el.style.cursor = '';
    });
    return () => {
      renderer.current = null;
      sigma.kill();
      delete el.dataset.rendered;
    };
    // Colours change through the effect below; the renderer lives as long as the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    hovered.current = null;
    firstFrame.current = true;
    delete container.current?.dataset.rendered;
    // The camera first (it only schedules a render), so the new graph's first frame is drawn framed.
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // setGraph indexes the graph and draws it at once: that draw is the first frame.
    if (sigma.getGraph() !== graph) sigma.setGraph(graph);
    // With thousands of links, panning draws the nodes only and the links again when it stops:
    // software WebGL cannot redraw that many lines (and their picking buffer) at 60 frames a second.
    // Each setSetting indexes the whole graph again, so only a change is set.
    const dense = graph.size > 1500;
    if (sigma.getSetting('hideEdgesOnMove') !== dense) sigma.setSetting('hideEdgesOnMove', dense);
    if (sigma.getSetting('hideLabelsOnMove') !== dense) sigma.setSetting('hideLabelsOnMove', dense);
    setSettling(true);
    // The layout's worker starts once the new graph is on screen: started at once, its start-up and
    // first iterations took the CPU from the first frame (a second and more on a busy 2-core machine).
    let stop: (() => void) | null = null;
    const startLayout = () => {
      stop = runForceLayout(graph, () => setSettling(false));
    };
    sigma.once('afterRender', startLayout);
    return () => {
      sigma.off('afterRender', startLayout);
      stop?.();
    };
  }, [graph]);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    sigma.setSetting('labelColor', { color: colors.label });
  }, [colors]);

  useEffect(() => {
    selected.current = selectedEdge;
    renderer.current?.refresh({ skipIndexation: true });
  }, [selectedEdge]);

  const camera = () => renderer.current?.getCamera();
  return (
    <div className="network-canvas">
      <div
        ref={container}
        className="network-canvas__stage"
        data-testid="network-canvas"
        data-settling={settling ? 'true' : 'false'}
        role="img"
        aria-label={t('network.canvasLabel', { nodes: graph.order, links: graph.size })}
      />
      {failed ? (
        <p className="network-canvas__failed" role="status">
          {t('network.noWebgl')}
        </p>
      ) : (
        <div className="network-canvas__zoom">
          <button type="button" onClick={() => ignore(camera()?.animatedZoom({ duration: 200 }))}>
            <span aria-hidden="true">+</span>
            <span className="visually-hidden">{t('network.zoomIn')}</span>
          </button>
          <button type="button" onClick={() => ignore(camera()?.animatedUnzoom({ duration: 200 }))}>
            <span aria-hidden="true">−</span>
            <span className="visually-hidden">{t('network.zoomOut')}</span>
          </button>
          <button type="button" onClick={() => ignore(camera()?.animatedReset({ duration: 200 }))}>
            {t('network.zoomReset')}
          </button>
        </div>
      )}
    </div>
  );
}
