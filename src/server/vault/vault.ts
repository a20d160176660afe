import type { VaultEntryKey, VaultRow, VaultStore } from '../store/store';
import { associatedData, deriveEntryKey, open, seal, userKeyId } from './crypto';
import type { MasterKeyRing } from './master-keys';

/** What one vault entry holds, encrypted. Times are epoch milliseconds everywhere. */
export interface StoredTokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
  scopes: string[];
  /** The provider account the tokens belong to (Google: its e-mail), shown as "connected as …". */
  account?: string;
}

/** What a Disconnect removes: this device's entry, or every entry of the person at that provider. */
export type DisconnectScope = 'device' | 'all';

export interface Owner {
  tid: string;
  oid: string;
  provider: string;
}

export type ReadResult =
  | { kind: 'found'; row: VaultRow; tokens: StoredTokens }
  | { kind: 'void'; row: VaultRow }
  /** No entry for this device key; `others` counts the user's entries under other keys. */
  | { kind: 'missing'; others: number }
  /** An entry exists but does not open (its master key was retired, or it was tampered with). */
  | { kind: 'unreadable'; row: VaultRow };

/**
 * Encrypted token storage. Seals under the current master key; opens under whichever master key
 * wrote the entry. Knows nothing of OAuth: the Token Injector decides when to read and write.
 */
export class Vault {
  constructor(
    private readonly store: VaultStore,
    private readonly keys: MasterKeyRing,
    private readonly now: () => number = Date.now,
  ) {}

  entryKey(owner: Owner, userKey: Buffer): VaultEntryKey {
    return { ...owner, keyId: userKeyId(userKey) };
  }

  async read(owner: Owner, userKey: Buffer): Promise<ReadResult> {
    const key = this.entryKey(owner, userKey);
    const row = await this.store.get(key);
    if (!row) return { kind: 'missing', others: await this.store.countOthers(key) };
    if (row.status === 'void') return { kind: 'void', row };
    const master = this.keys.byKid(row.masterKid);
    if (!master) return { kind: 'unreadable', row };
    try {
      const plain = open(deriveEntryKey(master.key, userKey, owner), row, associatedData({ ...key, masterKid: row.masterKid }));
      return { kind: 'found', row, tokens: JSON.parse(plain.toString('utf8')) as StoredTokens };
    } catch {
      return { kind: 'unreadable', row };
    }
  }

  /** A new connection: creates or replaces this device's entry. */
  async save(owner: Owner, userKey: Buffer, tokens: StoredTokens): Promise<void> {
    await this.store.put(this.entryKey(owner, userKey), this.sealed(owner, userKey, tokens), this.now());
  }

  /**
   * Writes only over `version`; false when another writer got there first. Always under the
   * current master key. `unlessLeased` for writes that are not the refresh itself.
   */
  async swap(owner: Owner, userKey: Buffer, version: number, tokens: StoredTokens, options: { unlessLeased?: boolean } = {}): Promise<boolean> {
    return this.store.compareAndSwap(this.entryKey(owner, userKey), version, this.sealed(owner, userKey, tokens), this.now(), options);
  }

  /** Voids the entry (the grant is gone); the ciphertext is overwritten with nothing. */
  async void(row: VaultRow): Promise<void> {
    await this.store.compareAndSwap(row, row.version, { masterKid: row.masterKid, nonce: Buffer.alloc(12), ciphertext: Buffer.alloc(0), status: 'void' }, this.now());
  }

  /** The id of the master key entries are sealed under now. */
  get currentMasterKid(): string {
    return this.keys.current.kid;
  }

  needsReencryption(row: VaultRow): boolean {
    return row.masterKid !== this.keys.current.kid;
  }

  acquireRefreshLease(row: VaultRow, ttlMs: number): Promise<boolean> {
    const now = this.now();
    return this.store.acquireRefreshLease(row, row.version, now + ttlMs, now);
  }

  releaseRefreshLease(row: VaultRow): Promise<void> {
    return this.store.releaseRefreshLease(row);
  }

  async deleteAll(owner: Owner): Promise<number> {
    return this.store.deleteAll(owner.tid, owner.oid, owner.provider);
  }

  /** This device's entry only. */
  async deleteOne(owner: Owner, userKey: Buffer): Promise<number> {
    return this.store.deleteOne(this.entryKey(owner, userKey));
  }

  /** Remembers "Disconnect" for this device (`device`) or every device (`all`). */
  async holdDisconnected(owner: Owner, scope: DisconnectScope, userKey: Buffer | undefined): Promise<void> {
    const held = scope === 'all' ? '*' : userKeyId(userKey!);
    await this.store.holdDisconnected({ ...owner, scope: held, at: this.now() });
  }

  /** A remembered "Disconnect" covers this device: nothing connects it silently. */
  isDisconnectHeld(owner: Owner, userKey: Buffer): Promise<boolean> {
    return this.store.isDisconnectHeld(this.entryKey(owner, userKey));
  }

  /** The person connected this device again: the choices that covered it are forgotten. */
  releaseDisconnect(owner: Owner, userKey: Buffer): Promise<void> {
    return this.store.releaseDisconnect(this.entryKey(owner, userKey));
  }

  private sealed(owner: Owner, userKey: Buffer, tokens: StoredTokens) {
    const master = this.keys.current;
    const key = this.entryKey(owner, userKey);
    const payload = Buffer.from(JSON.stringify(tokens), 'utf8');
    return { masterKid: master.kid, ...seal(deriveEntryKey(master.key, userKey, owner), payload, associatedData({ ...key, masterKid: master.kid })), status: 'active' as const };
  }
}
