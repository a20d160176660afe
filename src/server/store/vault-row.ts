import type { VaultRow } from './store';

/** A vault_entries row as either driver returns it (BIGINTs may come back as strings). */
export interface RawVaultRow {
  tid: string;
  oid: string;
  provider: string;
  key_id: string;
  version: number | string;
  master_kid: string;
  nonce: Buffer;
  ciphertext: Buffer;
  status: 'active' | 'void';
  refresh_lease_until: number | string | null;
  updated_at: number | string;
}

export function toVaultRow(raw: RawVaultRow): VaultRow {
  return {
    tid: raw.tid,
    oid: raw.oid,
    provider: raw.provider,
    keyId: raw.key_id,
    version: Number(raw.version),
    masterKid: raw.master_kid,
    nonce: raw.nonce,
    ciphertext: raw.ciphertext,
    status: raw.status,
    refreshLeaseUntil: raw.refresh_lease_until === null ? null : Number(raw.refresh_lease_until),
    updatedAt: Number(raw.updated_at),
  };
}
