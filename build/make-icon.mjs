#!/usr/bin/env node
// Draws Dossier's icon (a page of text under a magnifying glass, on an ink-blue tile) and
// writes it as PNG files for electron-builder: build/icon.png (1024) and build/icons/NxN.png
// for Linux. No image library: shapes are signed distance functions, anti-aliased by
// supersampling, and the PNG is assembled with node:zlib. Run: node build/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

/* ----------------------------------------------------------- shapes (unit square) */

function roundedBox(px, py, cx, cy, hw, hh, r) {
  const qx = Math.abs(px - cx) - hw + r;
  const qy = Math.abs(py - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segment(px, py, ax, ay, bx, by, halfWidth) {
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(px - ax - abx * t, py - ay - aby * t) - halfWidth;
}

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);

const TILE_TOP = hex('#2b5079');
const TILE_BOTTOM = hex('#172f4d');
const PAGE = hex('#f6f3eb');
const HEADLINE = hex('#2b4a6e');
const TEXT = hex('#a3adbb');
const GLASS_RIM = hex('#f2b441');
const LENS = hex('#fff8e6');

const LENS_X = 0.615;
const LENS_Y = 0.585;
const LENS_R = 0.135;

/** Text lines on the page: [y, x end]. */
const LINES = [
  [0.365, 0.6],
  [0.425, 0.56],
  [0.485, 0.6],
  [0.545, 0.5],
  [0.605, 0.58],
  [0.665, 0.46],
];

/** Colour and coverage of the layers under one sample point, painted back to front. */
function shade(x, y) {
  let rgb = [0, 0, 0];
  let alpha = 0;
  const paint = (color, coverage) => {
    if (coverage <= 0) return;
    rgb = rgb.map((c, i) => c * (1 - coverage) + color[i] * coverage);
    alpha = alpha * (1 - coverage) + coverage;
  };
  const inside = (d) => (d <= 0 ? 1 : 0);

  const tile = roundedBox(x, y, 0.5, 0.5, 0.41, 0.41, 0.09);
  const tileColor = TILE_TOP.map((c, i) => c + (TILE_BOTTOM[i] - c) * y);
  paint(tileColor, inside(tile));

  // A soft shadow under the page, then the page itself.
  const shadow = roundedBox(x, y, 0.468, 0.518, 0.19, 0.27, 0.03);
  paint([0.04, 0.09, 0.16], inside(tile) * 0.35 * Math.max(0, Math.min(1, -shadow / 0.03 + 0.5)));
  const page = roundedBox(x, y, 0.46, 0.5, 0.19, 0.27, 0.025);
  paint(PAGE, inside(page));
  paint(HEADLINE, inside(segment(x, y, 0.335, 0.295, 0.55, 0.295, 0.018)));
  for (const [ly, lx] of LINES) paint(TEXT, inside(segment(x, y, 0.335, ly, lx, ly, 0.0105)));

  // The magnifier: a tinted lens (text shows through), its rim, and the handle.
  const toCentre = Math.hypot(x - LENS_X, y - LENS_Y);
  paint(LENS, inside(toCentre - LENS_R) * 0.42);
  paint(GLASS_RIM, inside(Math.abs(toCentre - LENS_R) - 0.022));
  const angle = Math.PI / 4;
  const hx = LENS_X + Math.cos(angle) * (LENS_R + 0.012);
  const hy = LENS_Y + Math.sin(angle) * (LENS_R + 0.012);
  paint(GLASS_RIM, inside(segment(x, y, hx, hy, hx + 0.105, hy + 0.105, 0.034)));
  return { rgb, alpha };
}

/* ------------------------------------------------------------------------ raster */

function render(size, samples = 4) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const { rgb, alpha } = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          r += rgb[0] * alpha;
          g += rgb[1] * alpha;
          b += rgb[2] * alpha;
          a += alpha;
        }
      }
      const n = samples * samples;
      const o = (py * size + px) * 4;
      // Premultiplied sums back to straight alpha.
      pixels[o] = a > 0 ? Math.round((r / a) * 255) : 0;
      pixels[o + 1] = a > 0 ? Math.round((g / a) * 255) : 0;
      pixels[o + 2] = a > 0 ? Math.round((b / a) * 255) : 0;
      pixels[o + 3] = Math.round((a / n) * 255);
    }
  }
  return pixels;
}

/* --------------------------------------------------------------------------- PNG */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function write(path, size) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(size, render(size)));
  console.log(`wrote ${path} (${size}x${size})`);
}

write(join(here, 'icon.png'), 1024);
for (const size of [512, 256, 128, 64, 32, 16]) write(join(here, 'icons', `${size}x${size}.png`), size);
