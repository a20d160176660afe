/**
 * Guards what a person downloads before their first meeting card: a signed-in load with an empty
 * HTTP cache in real Chromium, bytes as transferred. The ceilings are generous on purpose (the
 * targets live in `npm run bench`); they catch a regression such as an uncompressed bundle, the
 * menu chunk back on the first-paint path or a lost precompressed file, not a few hundred bytes.
 */
import { measureFirstLoad } from '../../bench/first-load';
import { browserAvailability, reportMissingBrowser } from '../helpers/browser';
import { assertBuilt } from './host-support';

jest.setTimeout(120_000);

const FIRST_PAINT_JS_CEILING = 150 * 1024;
const FIRST_PAINT_CSS_CEILING = 40 * 1024;
const FIRST_LOAD_CEILING = 220 * 1024;

describe('first load in Chromium', () => {
  const availability = browserAvailability();
  if (!availability.available) {
    it('needs Chromium', () => reportMissingBrowser(availability.reason));
    return;
  }

  it('transfers the first-paint JavaScript and CSS compressed, one script and one stylesheet, under the ceilings', async () => {
    assertBuilt();
    const { cold } = await measureFirstLoad({ reloads: 0 });
    expect(cold.scripts.map((s) => s.name)).toEqual([expect.stringMatching(/^\/taskpane\.[0-9a-f]{12}\.js$/)]);
    // Served brotli: far fewer bytes on the wire than decoded.
    expect(cold.styles.map((s) => s.name)).toEqual([expect.stringMatching(/^\/griffel\.[0-9a-f]{12}\.css$/)]);
    for (const s of [...cold.scripts, ...cold.styles]) expect(s.encodedBytes).toBeLessThan(s.decodedBytes / 3);
    expect(cold.firstPaintJsBytes).toBeLessThanOrEqual(FIRST_PAINT_JS_CEILING);
    expect(cold.firstPaintCssBytes).toBeLessThanOrEqual(FIRST_PAINT_CSS_CEILING);
    expect(cold.allBytes).toBeLessThanOrEqual(FIRST_LOAD_CEILING);
  });
});
