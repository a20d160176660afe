import type { IntegrationState, ProviderId } from '../../shared/api';
import type { UserIdentity } from '../auth/user-token-verifier';

/** What the injector knows of a call: who, and this device's user key (base64url, when sent). */
export interface InjectorContext {
  user: UserIdentity;
  userKey?: string;
  /** The request this happens in, for the security log. */
  requestId?: string;
}

export interface IntegrationStatus {
  state: IntegrationState;
  /** Why, when the state asks the user to act (e.g. `device_key_changed`). */
  reason?: string;
  /** The provider account, when connected and known. */
  account?: string;
}

/**
 * The seam between adopters and credentials. An adopter asks for an access token and never
 * sees anything else: not the refresh token, not the user key, not how the token was obtained.
 */
export interface TokenInjector {
  accessToken(ctx: InjectorContext, provider: ProviderId): Promise<string>;
  /** The provider refused this token (401): forget it so the next call obtains a fresh one. */
  rejected(ctx: InjectorContext, provider: ProviderId, accessToken: string): Promise<void>;
  /** The provider refuses even a freshly obtained token: the grant is gone, the user must reconnect. */
  refused(ctx: InjectorContext, provider: ProviderId): Promise<void>;
  /** The integration's state as /api/me reports it, without handing out anything. */
  status(ctx: InjectorContext, provider: ProviderId): Promise<IntegrationStatus>;
}
