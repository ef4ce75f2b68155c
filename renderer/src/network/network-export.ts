import type { NetworkGraph } from './build-graph';

/** What an exported picture is drawn with: the theme's colours at the time of export. */
export interface ExportStyle {
  background: string;
  label: string;
  edge: string;
  title: string;
}

const WIDTH = 1600;
const HEIGHT = 1200;
const MARGIN = 60;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The network as a standalone SVG (no script, no external reference): the current layout fitted
 * to the page, links under nodes, labels for the larger nodes like on screen. Built from the
 * graph itself, so it is the same picture at any size.
 */
export function networkToSvg(graph: NetworkGraph, style: ExportStyle): string {
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_k, a) => {
    xs.push(a.x);
    ys.push(a.y);
  });
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 1), Math.min(...ys, 0), Math.max(...ys, 1)];
  const scale = Math.min((WIDTH - 2 * MARGIN) / (maxX - minX || 1), (HEIGHT - 2 * MARGIN - 40) / (maxY - minY || 1));
  // Sigma's y axis points up; SVG's points down.
  const px = (x: number) => MARGIN + (x - minX) * scale;
  const py = (y: number) => HEIGHT - MARGIN - (y - minY) * scale;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(style.background)}"/>`,
    `<text x="${MARGIN}" y="40" font-family="system-ui, sans-serif" font-size="22" fill="${escapeXml(style.label)}">${escapeXml(style.title)}</text>`,
    `<g stroke="${escapeXml(style.edge)}" stroke-linecap="round">`,
  ];
  graph.forEachEdge((_k, a, s, t) => {
    const [sa, ta] = [graph.getNodeAttributes(s), graph.getNodeAttributes(t)];
    out.push(
      `<line x1="${px(sa.x).toFixed(1)}" y1="${py(sa.y).toFixed(1)}" x2="${px(ta.x).toFixed(1)}" y2="${py(ta.y).toFixed(1)}" stroke-width="${a.size.toFixed(2)}"/>`,
    );
  });
  out.push('</g><g font-family="system-ui, sans-serif" font-size="13">');
  graph.forEachNode((_k, a) => {
    const [x, y] = [px(a.x).toFixed(1), py(a.y).toFixed(1)];
    out.push(`<circle cx="${x}" cy="${y}" r="${a.size.toFixed(1)}" fill="${escapeXml(a.color)}"/>`);
    if (a.size >= 7)
      out.push(
        `<text x="${(px(a.x) + a.size + 3).toFixed(1)}" y="${(py(a.y) + 4).toFixed(1)}" fill="${escapeXml(style.label)}">${escapeXml(a.label)}</text>`,
      );
  });
  out.push('</g></svg>');
  return out.join('\n');
}

/**
 * The same picture as a PNG: the SVG drawn onto a canvas. The SVG goes in as a blob: image, which
 * the CSP allows (img-src blob:); nothing leaves the page.
 */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = HEIGHT;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures (no 2D canvas).');
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the user as a download (a Save dialog in the desktop app), like the brief's exports. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
