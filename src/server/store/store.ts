import type { GraphStore } from '../graph/graph-store';
import type { AdminStore } from './admin-store';

/** What the rest of the server may ask of the database; routes never see SQL. */
export interface Store {
  /** Records that a user was seen (first and last time). */
  touchUser(tid: string, oid: string, at: number): Promise<void>;
  vault: VaultStore;
  /** Opaque ids and keyed hashes only: the search ranking's signals. */
  graph: GraphStore;
  /** The admin console's settings, audiences, people, consent and audit log. */
  admin: AdminStore;
  /** Marks an OAuth state nonce used; false when it was used before (single use across servers). */
  consumeOAuthState(nonce: string, expiresAt: number, now: number): Promise<boolean>;
  /** Readiness: the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface VaultEntryKey {
  tid: string;
  oid: string;
  provider: string;
  keyId: string;
}

export type VaultEntryStatus = 'active' | 'void';

/** One stored connection: opaque bytes plus what is needed to find, version and lock them. */
export interface VaultRow extends VaultEntryKey {
  version: number;
  masterKid: string;
  nonce: Buffer;
  ciphertext: Buffer;
  status: VaultEntryStatus;
  refreshLeaseUntil: number | null;
  updatedAt: number;
}

export interface VaultWrite {
  masterKid: string;
  nonce: Buffer;
  ciphertext: Buffer;
  status: VaultEntryStatus;
}

/** Only the vault (Token Injector, Connect) uses this. */
export interface VaultStore {
  get(key: VaultEntryKey): Promise<VaultRow | undefined>;
  /** Entries of this user and provider under other device keys (to tell "reconnect" from "connect"). */
  countOthers(key: VaultEntryKey): Promise<number>;
  /** Creates or replaces the entry (a new connection), version bumped. */
  put(key: VaultEntryKey, write: VaultWrite, now: number): Promise<void>;
  /**
   * Writes only if the stored version is still `expectedVersion`; false when someone else wrote
   * first. `unlessLeased`: also false while another server holds the refresh lease (housekeeping
   * writes must not make a refresh in flight lose its write).
   */
  compareAndSwap(key: VaultEntryKey, expectedVersion: number, write: VaultWrite, now: number, options?: { unlessLeased?: boolean }): Promise<boolean>;
  /** Takes the refresh lease of the entry at `version` until `until`; false when another holder has it. */
  acquireRefreshLease(key: VaultEntryKey, version: number, until: number, now: number): Promise<boolean>;
  releaseRefreshLease(key: VaultEntryKey): Promise<void>;
  /** Deletes every entry of this user and provider (disconnect); returns how many. */
  deleteAll(tid: string, oid: string, provider: string): Promise<number>;
  /** Deletes this device's entry only ("Disconnect this device"); returns how many (0 or 1). */
  deleteOne(key: VaultEntryKey): Promise<number>;
  /**
   * Remembers that the person disconnected: `scope` is one device key id, or `*` for all their
   * devices. No secret: a key id is a one-way hash. Replaces an earlier choice of the same scope.
   */
  holdDisconnected(choice: DisconnectChoice): Promise<void>;
  /** Whether a remembered disconnect covers this device (its own key id, or `*`). */
  isDisconnectHeld(key: VaultEntryKey): Promise<boolean>;
  /** The person pressed Connect on this device: forgets the choices that covered it (`*` and its key id). */
  releaseDisconnect(key: VaultEntryKey): Promise<void>;
}

/** A remembered "Disconnect": until the person presses Connect, nothing connects silently. */
export interface DisconnectChoice {
  tid: string;
  oid: string;
  provider: string;
  /** A device key id, or `*` for every device. */
  scope: string;
  at: number;
}
