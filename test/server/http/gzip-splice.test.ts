import fc from 'fast-check';
import { gunzipSync } from 'node:zlib';
import { deflatePart, packPart, spliceGzip, unpackPart } from '../../../src/server/http/gzip-splice';

describe('spliceGzip', () => {
  it('is one gzip stream: the part compressed once, then each answer its own tail', () => {
    const part = deflatePart(Buffer.from('{"meetings":' + JSON.stringify(Array.from({ length: 80 }, (_, i) => ({ id: i, title: `Sync ${i}` })))));
    for (const tail of [',"stale":false}', ',"stale":true,"generatedAt":"2026-12-01T10:00:00.000Z"}', '']) {
      const text = gunzipSync(spliceGzip(part, Buffer.from(tail))).toString();
      expect(text.endsWith(']' + tail)).toBe(true);
      expect(text.startsWith('{"meetings":[{"id":0,')).toBe(true);
    }
  });

  it('round-trips any part and tail, packed for sealing or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.uint8Array({ maxLength: 2_000 }), (a, b) => {
        const part = unpackPart(packPart(deflatePart(Buffer.from(a))));
        expect(gunzipSync(spliceGzip(part, Buffer.from(b)))).toEqual(Buffer.concat([a, b]));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a tail a stored block cannot hold', () => {
    expect(() => spliceGzip(deflatePart(Buffer.from('x')), Buffer.alloc(70_000))).toThrow(RangeError);
  });
});
