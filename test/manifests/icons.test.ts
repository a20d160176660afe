import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS, drawIcon } from '../../scripts/icons/draw';
import { decodeOwnPng, encodePng, readPngHeader } from '../../scripts/icons/png';
import { ASSETS } from './helpers';

const load = (file: string) => readFileSync(join(ASSETS, file));

describe('icons in assets/', () => {
  it.each([
    ...[16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144].map((size): [string, number] => [`icon-${size}.png`, size]),
    ['teams-color-192.png', 192], ['teams-outline-32.png', 32],
  ])('%s is a %ipx square RGBA PNG', (file, size) => {
    expect(readPngHeader(load(file))).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
  });

  it('the Teams outline icon is white on a transparent background', () => {
    const { data } = decodeOwnPng(load('teams-outline-32.png'));
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      opaque++;
      expect([data[i], data[i + 1], data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(opaque).toBeGreaterThan(100);
    expect(data[3]).toBe(0); // top-left corner
  });

  it('the Teams colour icon fills its square, as Teams expects', () => {
    const { data, width } = decodeOwnPng(load('teams-color-192.png'));
    for (const i of [0, width - 1, width * width - 1]) expect(data[i * 4 + 3]).toBe(255);
  });

  it('the committed PNGs are what scripts/make-icons.ts draws (pixels compared, not deflate bytes)', () => {
    for (const icon of ICONS) {
      const committed = decodeOwnPng(load(icon.file));
      const drawn = drawIcon(icon.style);
      expect([committed.width, committed.height]).toEqual([drawn.width, drawn.height]);
      expect(Buffer.from(committed.data).equals(Buffer.from(drawn.data))).toBe(true);
    }
  }, 60_000);
});

describe('PNG codec', () => {
  it('round-trips pixels and refuses a mismatched buffer', () => {
    const image = { width: 3, height: 2, data: Uint8Array.from({ length: 24 }, (_, i) => i * 10) };
    expect(decodeOwnPng(encodePng(image))).toEqual(image);
    expect(() => encodePng({ ...image, width: 4 })).toThrow(TypeError);
    expect(() => readPngHeader(Buffer.from('GIF89a not a png at all, long enough'))).toThrow('not a PNG');
  });
});
