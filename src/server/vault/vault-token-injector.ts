import type { ProviderId } from '../../shared/api';
import { silentSecurityLog, type SecurityLog } from '../audit/security-events';
import { AppError } from '../errors/app-error';
import { SingleFlight } from '../lib/single-flight';
import type { Credentials, ProviderTokens } from '../providers/provider';
import type { VaultRow } from '../store/store';
import { requireUserKey } from './user-key';
import { PendingTokenWrites } from './pending-token-writes';
import type { RefreshOutcome } from '../lib/metrics';
import type { IntegrationStatus, InjectorContext, TokenInjector } from './token-injector';
import type { DisconnectScope, Owner, StoredTokens, Vault } from './vault';

/**
 * What became of the upstream grant on disconnect: `not_possible` when entries existed but none
 * this device can open (its key is another), `not_needed` when there was no live grant to revoke.
 */
export interface DisconnectOutcome {
  revoke: 'revoked' | 'failed' | 'unsupported' | 'not_possible' | 'not_needed';
  /** How many stored entries (devices) were deleted. */
  removed: number;
}

export interface VaultInjectorOptions {
  vault: Vault;
  /** Each provider's refresh, error mapping and revocation (from the registry). */
  credentials: (provider: ProviderId) => Credentials;
  /** Refresh this long before expiry. */
  refreshMarginMs?: number;
  /** How long one server may hold an entry's refresh lease. */
  leaseMs?: number;
  /** How long a caller waits for another server's refresh before giving up. */
  waitForPeerMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Voided grants and re-encryptions, one line each. */
  securityLog?: SecurityLog;
  /** Where refreshed tokens wait when the vault write fails (see pending-token-writes.ts). */
  pendingWrites?: PendingTokenWrites;
  onRefresh?: (provider: string, outcome: RefreshOutcome) => void;
}

/**
 * The only code that opens the vault. Hands out access tokens; refreshes shortly before expiry
 * with one refresh per entry in this process (single flight) and across servers (a lease on the
 * row plus compare-and-swap on its version), so the newest refresh token is never overwritten.
 */
export class VaultTokenInjector implements TokenInjector {
  private readonly flights = new SingleFlight<string>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly margin: number;
  private readonly securityLog: SecurityLog;
  readonly pendingWrites: PendingTokenWrites;

  constructor(private readonly options: VaultInjectorOptions) {
    this.now = options.now ?? Date.now;
    this.securityLog = options.securityLog ?? silentSecurityLog;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.margin = options.refreshMarginMs ?? 5 * 60_000;
    this.pendingWrites = options.pendingWrites ?? new PendingTokenWrites();
  }

  async accessToken(ctx: InjectorContext, provider: ProviderId): Promise<string> {
    const { owner, userKey } = this.owner(ctx, provider);
    // Tokens a refresh could not write yet are the newest: hand them out, or write them first.
    const entry = this.entryId(owner, userKey);
    const held = this.pendingWrites.tokens(entry);
    if (held && this.isFresh(held)) return held.accessToken;
    if (held) await this.pendingWrites.flush(entry);
    const found = await this.readUsable(owner, userKey);
    if (this.isFresh(found.tokens)) {
      if (this.options.vault.needsReencryption(found.row)) {
        if (await this.options.vault.swap(owner, userKey, found.row.version, found.tokens, { unlessLeased: true })) this.reencrypted(ctx, found.row);
      }
      return found.tokens.accessToken;
    }
    const flightKey = `${owner.tid}:${owner.oid}:${provider}:${found.row.keyId}`;
    return this.flights.run(flightKey, () => this.refresh(ctx, owner, userKey));
  }

  async rejected(ctx: InjectorContext, provider: ProviderId, accessToken: string): Promise<void> {
    const { owner, userKey } = this.owner(ctx, provider);
    const result = await this.options.vault.read(owner, userKey);
    if (result.kind !== 'found' || result.tokens.accessToken !== accessToken) return;
    // Mark the access token expired; the next call refreshes it.
    await this.options.vault.swap(owner, userKey, result.row.version, { ...result.tokens, expiresAt: 0 }, { unlessLeased: true });
  }

  async refused(ctx: InjectorContext, provider: ProviderId): Promise<void> {
    const { owner, userKey } = this.owner(ctx, provider);
    const result = await this.options.vault.read(owner, userKey);
    if (result.kind === 'found') await this.options.vault.void(result.row);
  }

  async status(ctx: InjectorContext, provider: ProviderId): Promise<IntegrationStatus> {
    if (!ctx.userKey) return { state: 'not_connected', reason: 'user_key_missing' };
    const { owner, userKey } = this.owner(ctx, provider);
    const result = await this.options.vault.read(owner, userKey);
    switch (result.kind) {
      case 'found':
        return { state: 'connected', ...(result.tokens.account !== undefined && { account: result.tokens.account }) };
      case 'missing':
        if (await this.options.vault.isDisconnectHeld(owner, userKey)) return { state: 'not_connected', reason: 'disconnected' };
        return result.others > 0 ? { state: 'reconnect_required', reason: 'device_key_changed' } : { state: 'not_connected' };
      case 'void':
        return { state: 'reconnect_required', reason: 'grant_revoked' };
      case 'unreadable':
        return { state: 'reconnect_required', reason: 'entry_unreadable' };
    }
  }

  /**
   * A new connection's tokens, sealed under this device's key (replacing its earlier entry). It is
   * the person's own doing (Connect, or a consent they gave), so a remembered Disconnect that
   * covered this device is forgotten.
   */
  async save(ctx: InjectorContext, provider: ProviderId, tokens: ProviderTokens): Promise<void> {
    const { owner, userKey } = this.owner(ctx, provider);
    const stored: StoredTokens = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, scopes: tokens.scopes };
    if (tokens.account !== undefined) stored.account = tokens.account;
    await this.options.vault.save(owner, userKey, stored);
    await this.options.vault.releaseDisconnect(owner, userKey);
  }

  /** Whether the person disconnected this device (or all of theirs) and has not pressed Connect since. */
  async disconnectHeld(ctx: InjectorContext, provider: ProviderId): Promise<boolean> {
    const { owner, userKey } = this.owner(ctx, provider);
    return this.options.vault.isDisconnectHeld(owner, userKey);
  }

  /**
   * Disconnect, remembered until the person presses Connect (the silent connect honours it).
   * `device`: deletes this device's entry only; the grant upstream stays, since the person's other
   * devices use it. `all`: revokes the grant upstream where the provider can (with this device's
   * entry, the one it can open), then deletes every entry of the user at that provider. A failed
   * revoke is reported, and the local entries go all the same.
   */
  async disconnect(ctx: InjectorContext, provider: ProviderId, scope: DisconnectScope = 'all'): Promise<DisconnectOutcome> {
    const owner: Owner = { tid: ctx.user.tid, oid: ctx.user.oid, provider };
    if (scope === 'device') {
      const userKey = requireUserKey(ctx.userKey);
      const removed = await this.options.vault.deleteOne(owner, userKey);
      await this.options.vault.holdDisconnected(owner, 'device', userKey);
      return { revoke: 'not_needed', removed };
    }
    const outcome = await this.disconnectAll(ctx, owner);
    await this.options.vault.holdDisconnected(owner, 'all', undefined);
    return outcome;
  }

  private async disconnectAll(ctx: InjectorContext, owner: Owner): Promise<DisconnectOutcome> {
    const credentials = this.options.credentials(owner.provider as ProviderId);
    let revoke: DisconnectOutcome['revoke'] = 'unsupported';
    if (credentials.revoke) {
      const found = ctx.userKey ? await this.options.vault.read(owner, requireUserKey(ctx.userKey)) : undefined;
      if (found?.kind === 'found') {
        try {
          await credentials.revoke(found.tokens.refreshToken ?? found.tokens.accessToken);
          revoke = 'revoked';
        } catch {
          revoke = 'failed';
        }
      } else if (found?.kind === 'void') {
        revoke = 'not_needed'; // the grant is gone already
      } else {
        revoke = 'not_possible'; // entries this device cannot open, if any (counted below)
      }
    }
    const deleted = await this.options.vault.deleteAll(owner);
    if (revoke === 'not_possible' && deleted === 0) revoke = 'not_needed';
    return { revoke, removed: deleted };
  }

  private owner(ctx: InjectorContext, provider: ProviderId): { owner: Owner; userKey: Buffer } {
    return { owner: { tid: ctx.user.tid, oid: ctx.user.oid, provider }, userKey: requireUserKey(ctx.userKey) };
  }

  private async readUsable(owner: Owner, userKey: Buffer): Promise<{ row: VaultRow; tokens: StoredTokens }> {
    const result = await this.options.vault.read(owner, userKey);
    switch (result.kind) {
      case 'found':
        return result;
      case 'missing':
        if (result.others > 0 && !(await this.options.vault.isDisconnectHeld(owner, userKey))) {
          throw new AppError('reconnect_required', 'This calendar is connected on your other devices but not on this one yet; connect it here.');
        }
        throw new AppError('not_connected', 'Connect this calendar first.');
      case 'void':
        throw new AppError('reconnect_required', 'Your calendar connection has expired or was revoked; connect again.');
      case 'unreadable':
        throw new AppError('reconnect_required', 'Your calendar connection can no longer be opened; connect again.');
    }
  }

  private isFresh(tokens: StoredTokens): boolean {
    return tokens.expiresAt - this.margin > this.now();
  }

  /** Refreshes under the row's lease; when a peer holds it, waits for the peer's write instead. */
  private async refresh(ctx: InjectorContext, owner: Owner, userKey: Buffer): Promise<string> {
    const vault = this.options.vault;
    const deadline = this.now() + (this.options.waitForPeerMs ?? 10_000);
    for (let attempt = 0; ; attempt++) {
      const { row, tokens } = await this.readUsable(owner, userKey);
      if (this.isFresh(tokens)) return tokens.accessToken;
      if (!tokens.refreshToken) {
        await vault.void(row);
        this.voided(ctx, row, 'no_refresh_token');
        throw new AppError('reconnect_required', 'Your calendar connection has expired; connect again.');
      }
      if (!(await vault.acquireRefreshLease(row, this.options.leaseMs ?? 15_000))) {
        if (this.now() > deadline) throw new AppError('provider_unavailable', 'Your calendar connection is being renewed; try again shortly.', { status: 503, retryAfterSeconds: 1 });
        await this.sleep(Math.min(50 * 2 ** attempt, 500));
        continue;
      }
      const credentials = this.options.credentials(owner.provider as ProviderId);
      let fresh;
      try {
        fresh = await credentials.refresh(owner.tid, tokens.refreshToken);
      } catch (err) {
        const failure = credentials.classify(err);
        const revoked = failure.code === 'reconnect_required' || failure.code === 'consent_required';
        this.options.onRefresh?.(owner.provider, revoked ? 'reconnect_required' : 'failed');
        if (revoked) {
          await vault.void({ ...row });
          this.voided(ctx, row, oauthErrorCode(err) ?? failure.code);
        } else {
          await vault.releaseRefreshLease(row);
        }
        throw failure;
      }
      const next: StoredTokens = {
        accessToken: fresh.accessToken,
        // An answer without a refresh token keeps the one we had (Google's usual answer).
        refreshToken: fresh.refreshToken ?? tokens.refreshToken,
        expiresAt: fresh.expiresAt,
        scopes: fresh.scopes.length ? fresh.scopes : tokens.scopes,
        ...(tokens.account !== undefined && { account: tokens.account }),
      };
      const spent = tokens.refreshToken;
      let stored: boolean;
      try {
        stored = await this.store(owner, userKey, row.version, spent, next);
      } catch {
        // The authority has spent the old refresh token: keep the new set and write it when the vault is back.
        this.pendingWrites.hold(this.entryId(owner, userKey), { tokens: next, write: () => this.store(owner, userKey, row.version, spent, next) });
        this.options.onRefresh?.(owner.provider, 'write_deferred');
        return next.accessToken;
      }
      if (stored) {
        this.options.onRefresh?.(owner.provider, 'ok');
        if (vault.needsReencryption(row)) this.reencrypted(ctx, row);
        return next.accessToken;
      }
      // A peer refreshed after our lease lapsed: its entry is the newest; the next turn reads it.
    }
  }

  private voided(ctx: InjectorContext, row: VaultRow, reason: string): void {
    this.securityLog.record(this.subject(ctx, row), { event: 'grant.voided', provider: row.provider as ProviderId, reason });
  }

  private reencrypted(ctx: InjectorContext, row: VaultRow): void {
    this.securityLog.record(this.subject(ctx, row), {
      event: 'vault.reencrypted',
      provider: row.provider as ProviderId,
      fromMasterKey: row.masterKid,
      toMasterKey: this.options.vault.currentMasterKid,
    });
  }

  private subject(ctx: InjectorContext, row: VaultRow) {
    return { tid: ctx.user.tid, oid: ctx.user.oid, requestId: ctx.requestId, keyId: row.keyId };
  }

  private entryId(owner: Owner, userKey: Buffer): string {
    const key = this.options.vault.entryKey(owner, userKey);
    return `${key.tid}:${key.oid}:${key.provider}:${key.keyId}`;
  }

  /**
   * Writes a refresh's result. When the version moved without a refresh (a housekeeping write whose
   * lease check raced ours), the stored refresh token is still the one we spent: ours must win, or
   * the only live refresh token would be thrown away.
   */
  private async store(owner: Owner, userKey: Buffer, version: number, spent: string, next: StoredTokens): Promise<boolean> {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.options.vault.swap(owner, userKey, version, next)) return true;
      const again = await this.options.vault.read(owner, userKey);
      if (again.kind !== 'found' || again.tokens.refreshToken !== spent) return false;
      version = again.row.version;
    }
    return false;
  }
}

/** The authority's OAuth `error` code of a refresh failure (`invalid_grant`, …), whatever the provider. */
function oauthErrorCode(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { error?: unknown }).error : undefined;
  return typeof code === 'string' ? code : undefined;
}
