import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed hashes for the graph store's nodes. Each tenant gets its own key, derived (HKDF) from the
 * oldest configured master key like the opaque ids, so master-key rotation keeps every node's
 * name and the same e-mail address names different nodes in different tenants.
 */
export function createGraphKeys(masterKey: Buffer) {
  const root = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'upnext graph-keys v1', 32));
  const tenants = new Map<string, Buffer>();
  const tenantKey = (tid: string): Buffer => {
    let key = tenants.get(tid);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), `tenant\0${tid}`, 32));
      if (tenants.size > 10_000) tenants.clear();
      tenants.set(tid, key);
    }
    return key;
  };
  const mac = (tid: string, value: string) => createHmac('sha256', tenantKey(tid)).update(value).digest('base64url');
  return {
    /** Series key: every occurrence of a recurring meeting shares its series master id (or iCalUId). */
    series: (tid: string, provider: string, seriesId: string): string => mac(tid, `series\0${provider}\0${seriesId}`),
    /** Person key: the lower-cased, trimmed e-mail address. */
    person: (tid: string, email: string): string => mac(tid, `person\0${email.trim().toLowerCase()}`),
  };
}

export type GraphKeys = ReturnType<typeof createGraphKeys>;
