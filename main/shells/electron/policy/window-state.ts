/** A rectangle in screen coordinates (a display's work area, a window's bounds). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What we remember about the window between runs. */
export interface WindowState {
  /** Position, when known and on a visible display; absent means "centre it". */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 760, height: 520 } as const;
/** How much of the window's top edge must fall on a display for the position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;
const MAX_COORDINATE = 100_000;

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

/**
 * Reads a saved window state from untrusted JSON (the file may be hand-edited, truncated or from
 * another version). Returns null unless every field has the right type.
 */
export function parseWindowState(json: unknown): WindowState | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (!isFiniteInt(o['width']) || !isFiniteInt(o['height']) || o['width'] <= 0 || o['height'] <= 0) return null;
  if (typeof o['maximized'] !== 'boolean') return null;
  const state: WindowState = { width: o['width'], height: o['height'], maximized: o['maximized'] };
  if (isFiniteInt(o['x']) && isFiniteInt(o['y'])) {
    state.x = o['x'];
    state.y = o['y'];
  }
  return state;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Fits a remembered state to the displays connected now: the size is clamped between the
 * minimum and the largest work area, and the position is kept only if the window's title bar
 * would be visible on some display (then pulled fully onto it); otherwise the position is
 * dropped so the window opens centred. With nothing remembered, the default size is used.
 */
export function fitWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (acc, a) => ({ width: Math.max(acc.width, a.width), height: Math.max(acc.height, a.height) }),
    { width: 0, height: 0 },
  );
  const maxW = largest.width > 0 ? largest.width : DEFAULT_WINDOW_SIZE.width;
  const maxH = largest.height > 0 ? largest.height : DEFAULT_WINDOW_SIZE.height;
  const base = saved ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const width = clamp(base.width, Math.min(MIN_WINDOW_SIZE.width, maxW), maxW);
  const height = clamp(base.height, Math.min(MIN_WINDOW_SIZE.height, maxH), maxH);
  const fitted: WindowState = { width, height, maximized: base.maximized };
  if (base.x === undefined || base.y === undefined) return fitted;

  const titleBar: Rect = { x: base.x, y: base.y, width, height: MIN_VISIBLE.height };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(MIN_VISIBLE.width, width) && o.height >= MIN_VISIBLE.height;
  });
  if (home === undefined) return fitted;
  fitted.width = Math.min(width, home.width);
  fitted.height = Math.min(height, home.height);
  fitted.x = clamp(base.x, home.x, home.x + home.width - fitted.width);
  fitted.y = clamp(base.y, home.y, home.y + home.height - fitted.height);
  return fitted;
}
