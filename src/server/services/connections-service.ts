import type { ProviderId } from '../../shared/api';
import { silentSecurityLog, type SecurityLog, type SecuritySubject } from '../audit/security-events';
import { AppError } from '../errors/app-error';
import { ConnectStateError, pkceChallenge, type ConnectStates } from '../keys/connect-state';
import { deviceKeyId } from '../keys/device-key-id';
import type { Provider } from '../providers/provider';
import type { Store } from '../store/store';
import type { InjectorContext } from '../vault/token-injector';
import type { DisconnectScope } from '../vault/vault';
import type { DisconnectOutcome, VaultTokenInjector } from '../vault/vault-token-injector';

export interface ConnectionsOptions {
  injector: Pick<VaultTokenInjector, 'save' | 'disconnect' | 'disconnectHeld'>;
  store: Pick<Store, 'consumeOAuthState'>;
  states: ConnectStates;
  now?: () => number;
  /** A person's own security events (connect, disconnect, a refused consent answer). */
  securityLog?: SecurityLog;
}

/**
 * Connect, complete and disconnect (brief §1 Connect card), for any provider. Silent first where the
 * provider can (Entra on-behalf-of); otherwise a consent URL with a signed single-use `state` bound
 * to user, device key and provider, and PKCE derived from it. Tokens go straight to the vault.
 */
export class ConnectionsService {
  private readonly now: () => number;
  private readonly securityLog: SecurityLog;

  constructor(private readonly options: ConnectionsOptions) {
    this.now = options.now ?? Date.now;
    this.securityLog = options.securityLog ?? silentSecurityLog;
  }

  /**
   * `auto`: the pane trying on its own at start, not the person pressing Connect. It honours a
   * remembered Disconnect (409 `not_connected`, reason `disconnected`); a press connects and so
   * forgets that choice.
   */
  async connect(ctx: InjectorContext, provider: Provider, options: { auto?: boolean } = {}): Promise<void> {
    const keyId = deviceKeyId(ctx.userKey);
    if (options.auto && (await this.options.injector.disconnectHeld(ctx, provider.id))) {
      throw new AppError('not_connected', `You disconnected ${provider.info.name}; choose Connect to connect it again.`);
    }
    const { connector } = provider;
    if (!connector.connectSilently) throw this.consentRequired(ctx, provider, keyId);
    let tokens;
    try {
      tokens = await connector.connectSilently(ctx.user);
    } catch (err) {
      if (err instanceof AppError && err.code === 'consent_required') throw this.consentRequired(ctx, provider, keyId, err);
      throw err; // admin_consent_required carries its admin-consent URL already
    }
    await this.options.injector.save(ctx, provider.id, tokens);
    this.securityLog.record(subject(ctx, keyId), { event: 'connection.connected', provider: provider.id, via: 'on_behalf_of' });
  }

  async complete(ctx: InjectorContext, provider: Provider, code: string, state: string): Promise<void> {
    const keyId = deviceKeyId(ctx.userKey);
    const refused = (reason: string, message: string, cause?: unknown): AppError => {
      this.securityLog.record(subject(ctx, keyId), { event: 'consent.refused', provider: provider.id, reason });
      return new AppError('bad_request', message, { cause });
    };
    let verified;
    try {
      verified = this.options.states.verify(state);
    } catch (err) {
      const reason = err instanceof ConnectStateError ? err.message : 'unreadable';
      throw refused(`state_${reason.replace(/\W+/g, '_')}`, `The sign-in answer is not valid (${reason}); start again.`);
    }
    const { payload, codeVerifier } = verified;
    if (payload.tid !== ctx.user.tid || payload.oid !== ctx.user.oid || payload.provider !== provider.id || payload.keyId !== keyId) {
      throw refused('state_not_yours', 'The sign-in answer belongs to another user, device or integration; start again.');
    }
    if (!(await this.options.store.consumeOAuthState(payload.nonce, payload.expiresAt, this.now()))) {
      throw refused('state_reused', 'The sign-in answer was already used; start again.');
    }
    let tokens;
    try {
      tokens = await provider.connector.redeem(ctx.user, code, codeVerifier);
    } catch (err) {
      // The connector refuses an expired code or another account's answer as bad_request.
      if (err instanceof AppError && err.code === 'bad_request') {
        this.securityLog.record(subject(ctx, keyId), { event: 'consent.refused', provider: provider.id, reason: 'answer_refused' });
      }
      throw err;
    }
    await this.options.injector.save(ctx, provider.id, tokens);
    this.securityLog.record(subject(ctx, keyId), { event: 'connection.connected', provider: provider.id, via: 'consent' });
  }

  async disconnect(ctx: InjectorContext, provider: ProviderId, scope: DisconnectScope = 'all'): Promise<DisconnectOutcome> {
    const outcome = await this.options.injector.disconnect(ctx, provider, scope);
    this.securityLog.record({ tid: ctx.user.tid, oid: ctx.user.oid, requestId: ctx.requestId }, { event: 'connection.disconnected', provider, removed: outcome.removed > 0 });
    return outcome;
  }

  private consentRequired(ctx: InjectorContext, provider: Provider, keyId: string, cause?: unknown): AppError {
    const { state, codeVerifier } = this.options.states.issue({ tid: ctx.user.tid, oid: ctx.user.oid, keyId, provider: provider.id });
    const adminConsentUrl = provider.connector.adminConsentUrl?.(ctx.user.tid);
    return new AppError('consent_required', `Upnext needs your consent to read your ${provider.info.name}.`, {
      cause,
      url: provider.connector.authorizeUrl(ctx.user, { state, codeChallenge: pkceChallenge(codeVerifier) }),
      // Entra answers 65001 both when the user may consent and when only an admin may; the
      // consent window tells which, and then the pane needs this.
      ...(adminConsentUrl !== undefined && { adminConsentUrl }),
    });
  }
}

function subject(ctx: InjectorContext, keyId: string): SecuritySubject {
  return { tid: ctx.user.tid, oid: ctx.user.oid, requestId: ctx.requestId, keyId };
}
