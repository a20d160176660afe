import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Ids handed to clients and to the graph store: a keyed HMAC of provider, user and item id. They
 * mean nothing without access to the provider, and the same item always maps to the same id.
 */
export function createOpaqueIds(masterKey: Buffer) {
  // A dedicated subkey, so the id key can never be confused with a vault key.
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'upnext opaque-id v1', 32));
  return (provider: string, tid: string, oid: string, itemId: string): string =>
    createHmac('sha256', key).update(`${provider}\0${tid}\0${oid}\0${itemId}`).digest('base64url');
}

/** The list's `Meeting.seriesKey`: a keyed hash per tenant of the provider's series id (graph-keys' `series`). */
export type SeriesKeys = (tid: string, provider: string, seriesId: string) => string;

export type OpaqueIds = ReturnType<typeof createOpaqueIds>;
