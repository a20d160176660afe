import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A gzip body made of a part compressed once and a short tail added per answer, without
 * compressing again: the part is raw DEFLATE ended by a sync flush (byte-aligned, not final), the
 * tail follows as one final stored block, and the trailer carries the CRC-32 and length of both
 * (RFC 1951 §3.2.4, RFC 1952). Any gzip reader reads it as one stream.
 */
export interface DeflatedPart {
  /** Raw DEFLATE blocks, none final, ending byte-aligned. */
  deflate: Buffer;
  crc: number;
  length: number;
}

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
const MAX_STORED = 0xffff;

/** Compresses `data` once, to be followed by tails. */
export function deflatePart(data: Buffer): DeflatedPart {
  return { deflate: deflateRawSync(data, { level: 6, finishFlush: constants.Z_SYNC_FLUSH }), crc: crc32(data), length: data.length };
}

/** The whole gzip member: header, the part, `tail` stored, trailer. */
export function spliceGzip(part: DeflatedPart, tail: Buffer): Buffer {
  if (tail.length > MAX_STORED) throw new RangeError('a stored tail is at most 65535 bytes');
  const stored = Buffer.allocUnsafe(5);
  stored[0] = 0x01; // BFINAL=1, BTYPE=00 (stored); the rest of the byte is padding
  stored.writeUInt16LE(tail.length, 1);
  stored.writeUInt16LE(~tail.length & 0xffff, 3);
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc32(tail, part.crc) >>> 0, 0);
  trailer.writeUInt32LE((part.length + tail.length) >>> 0, 4);
  return Buffer.concat([HEADER, part.deflate, stored, tail, trailer]);
}

/** The part's bytes as one buffer (for sealing) and back. */
export function packPart(part: DeflatedPart): Buffer {
  const meta = Buffer.allocUnsafe(8);
  meta.writeUInt32LE(part.crc >>> 0, 0);
  meta.writeUInt32LE(part.length >>> 0, 4);
  return Buffer.concat([meta, part.deflate]);
}

export function unpackPart(packed: Buffer): DeflatedPart {
  return { crc: packed.readUInt32LE(0), length: packed.readUInt32LE(4), deflate: packed.subarray(8) };
}
