/**
 * sigma draws with `blendFunc(ONE, ONE_MINUS_SRC_ALPHA)` and its shaders output colours that are
 * not premultiplied, while the page composites its WebGL canvases as premultiplied. A translucent
 * colour therefore comes out brighter than itself: the theme's grey links at 40% showed as white
 * on the white pane, invisible. So every colour handed to sigma is made opaque first, as it would
 * look over the pane's background.
 */

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

function parseHex(hex: string): Rgba | null {
  const digits = hex.slice(1);
  if (!/^[0-9a-f]+$/i.test(digits)) return null;
  const expanded =
    digits.length === 3 || digits.length === 4
      ? [...digits].map((d) => d + d).join('')
      : digits.length === 6 || digits.length === 8
        ? digits
        : null;
  if (!expanded) return null;
  const byte = (k: number) => parseInt(expanded.slice(k * 2, k * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: expanded.length === 8 ? byte(3) / 255 : 1 };
}

function parseRgbFunction(css: string): Rgba | null {
  const match = /^rgba?\(\s*([^)]*)\)$/i.exec(css);
  if (!match) return null;
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha = (p: string | undefined) =>
    p === undefined ? 1 : p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p);
  const rgba = { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: alpha(parts[3]) };
  return Object.values(rgba).every(Number.isFinite) ? rgba : null;
}

/** A colour written as `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()` or `rgba()`; null for anything else. */
export function parseCssColor(css: string): Rgba | null {
  const value = css.trim();
  return value.startsWith('#') ? parseHex(value) : parseRgbFunction(value);
}

const hex2 = (n: number) =>
  Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, '0');

/**
 * `color` as an opaque `#rrggbb`, blended over `background` by its alpha. A colour this cannot read
 * (a named colour, `oklch()`) is returned as it is: sigma reads those as opaque or not at all, and
 * the theme's own colours are written in the forms above.
 */
export function opaqueOver(color: string, background: string): string {
  const fg = parseCssColor(color);
  if (!fg) return color;
  const bg = parseCssColor(background) ?? { r: 255, g: 255, b: 255, a: 1 };
  const a = Math.min(1, Math.max(0, fg.a));
  const mix = (f: number, b: number) => hex2(f * a + b * (1 - a));
  return `#${mix(fg.r, bg.r)}${mix(fg.g, bg.g)}${mix(fg.b, bg.b)}`;
}
