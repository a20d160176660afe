import type { RgbaImage } from './png';

/** Upnext's brand blue (Fluent "brand 80"), also the Teams manifest's accentColor. */
export const BRAND_BLUE = '#0F6CBD';

export interface IconStyle {
  /** Pixel size of the square icon. */
  size: number;
  /** Background fill: a rounded tile (Outlook), a full square (Teams colour icon) or none (Teams outline). */
  background: 'tile' | 'square' | 'none';
  /** Fraction of the icon left empty around the glyph on each side. */
  margin: number;
}

type Sdf = (x: number, y: number) => number;

// Local bindings: global lookups are slow inside test runners' vm contexts, and this runs per sample.
const { abs, hypot, max, min, round } = Math;
const INF = Number.POSITIVE_INFINITY;

// Signed distance functions in the unit square, y down: negative inside.
function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2 - r;
  const hh = (y1 - y0) / 2 - r;
  return (x, y) => {
    const dx = abs(x - cx) - hw;
    const dy = abs(y - cy) - hh;
    return hypot(max(dx, 0), max(dy, 0)) + min(max(dx, dy), 0) - r;
  };
}

function segment(ax: number, ay: number, bx: number, by: number, halfWidth: number): Sdf {
  return (x, y) => {
    const px = x - ax;
    const py = y - ay;
    const vx = bx - ax;
    const vy = by - ay;
    const h = min(1, max(0, (px * vx + py * vy) / (vx * vx + vy * vy)));
    return hypot(px - vx * h, py - vy * h) - halfWidth;
  };
}

const union = (...parts: Sdf[]): Sdf => (x, y) => {
  let d = INF;
  for (const part of parts) d = min(d, part(x, y));
  return d;
};
const subtract = (a: Sdf, b: Sdf): Sdf => (x, y) => max(a(x, y), -b(x, y));
const intersect = (a: Sdf, b: Sdf): Sdf => (x, y) => max(a(x, y), b(x, y));

/**
 * A calendar page (frame, header band, two binder rings) with a "next" arrow in its body.
 * `t` is the stroke width in glyph units; small icons get relatively thicker strokes so they stay legible.
 */
function calendarGlyph(t: number, small: boolean): Sdf {
  const outer = roundRect(0.06, 0.16, 0.94, 0.94, 0.14);
  const inner = roundRect(0.06 + t, 0.16 + t, 0.94 - t, 0.94 - t, max(0.14 - t, 0.02));
  const frame = subtract(outer, inner);
  const header = intersect(outer, (_x, y) => y - 0.38);
  const ringGap = roundRect(0.22, 0.02, 0.78, 0.3, 0.04);
  const rings = union(roundRect(0.3 - t / 2, 0.04, 0.3 + t / 2, 0.3, t / 2), roundRect(0.7 - t / 2, 0.04, 0.7 + t / 2, 0.3, t / 2));
  // A thin cut around the rings keeps them readable against the white header.
  const ringHalo = union(roundRect(0.3 - t, 0.1, 0.3 + t, 0.38, t), roundRect(0.7 - t, 0.1, 0.7 + t, 0.38, t));
  // At 16 px the halo is narrower than a pixel and only blurs; plain short marks read better there.
  const page = small ? union(frame, header, rings) : union(subtract(union(frame, header), intersect(ringHalo, ringGap)), rings);
  const arrow = union(
    segment(0.26, 0.66, 0.66, 0.66, t / 2),
    segment(0.5, 0.5, 0.7, 0.66, t / 2),
    segment(0.5, 0.82, 0.7, 0.66, t / 2),
  );
  return union(page, arrow);
}

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Draws one icon with 8×8 supersampling per pixel for smooth edges. */
export function drawIcon(style: IconStyle): RgbaImage {
  const { size, margin } = style;
  const glyphPx = size * (1 - 2 * margin);
  const small = glyphPx < 16;
  const t = small ? 1.1 / glyphPx : max(0.1, 1.6 / glyphPx);
  const glyph = calendarGlyph(t, small);
  const tile =
    style.background === 'tile' ? roundRect(0, 0, 1, 1, 0.18) : style.background === 'square' ? roundRect(0, 0, 1, 1, 0) : undefined;
  const [br, bg, bb] = parseHex(BRAND_BLUE);
  const data = new Uint8Array(size * size * 4);
  const n = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bgCover = 0;
      let fgCover = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (tile && tile(x, y) <= 0) bgCover++;
          if (glyph((x - margin) / (1 - 2 * margin), (y - margin) / (1 - 2 * margin)) <= 0) fgCover++;
        }
      }
      const fg = fgCover / (n * n);
      const bgA = tile ? bgCover / (n * n) : 0;
      // White glyph over the (possibly absent) blue tile.
      const alpha = fg + bgA * (1 - fg);
      const i = (py * size + px) * 4;
      if (alpha > 0) {
        data[i] = round((255 * fg + br * bgA * (1 - fg)) / alpha);
        data[i + 1] = round((255 * fg + bg * bgA * (1 - fg)) / alpha);
        data[i + 2] = round((255 * fg + bb * bgA * (1 - fg)) / alpha);
      }
      data[i + 3] = round(alpha * 255);
    }
  }
  return { width: size, height: size, data };
}

/** Every icon the manifests reference: file name under assets/ and how to draw it. */
export const ICONS: ReadonlyArray<{ file: string; style: IconStyle }> = [
  // 16, 32, 80 (ribbon), 64, 128 (add-in icon); 25, 32, 48 at scales 1-3 for Outlook mobile's button.
  ...[16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144].map((size) => ({
    file: `icon-${size}.png`,
    style: { size, background: 'tile' as const, margin: size <= 16 ? 0.0625 : 0.16 },
  })),
  // Teams wants the symbol inside the centre 96×96 of the 192×192 colour icon; it rounds the corners itself.
  { file: 'teams-color-192.png', style: { size: 192, background: 'square', margin: 0.25 } },
  { file: 'teams-outline-32.png', style: { size: 32, background: 'none', margin: 0.03 } },
];
