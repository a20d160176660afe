import type { ProviderId, ProviderInfo } from '../../shared/api';
import type { AppError } from '../errors/app-error';
import type { UserIdentity } from '../auth/user-token-verifier';
import type { Adopter } from './adopter';

/** Tokens as a provider's token endpoint answers them. Times are epoch milliseconds. */
export interface ProviderTokens {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
  scopes: string[];
  /** Who the tokens belong to at the provider (e.g. the Google account's e-mail); kept sealed. */
  account?: string;
}

/** A signed `state` and its PKCE challenge, issued by ConnectionsService for a consent window. */
export interface ConsentRequest {
  state: string;
  codeChallenge: string;
}

/**
 * How a person connects a provider. Silent where the provider allows it (Entra on-behalf-of);
 * otherwise an authorize URL for the consent window and the redemption of its code, with the
 * check that the account that signed in there is one Upnext may bind to this user.
 */
export interface Connector {
  /** Tokens without a window, or throws consent_required / admin_consent_required (with `url` unset). */
  connectSilently?(user: UserIdentity): Promise<ProviderTokens>;
  authorizeUrl(user: UserIdentity, request: ConsentRequest): string;
  /** Redeems the window's code; throws bad_request when the answer is not for this user. */
  redeem(user: UserIdentity, code: string, codeVerifier: string): Promise<ProviderTokens>;
  /** Where an administrator consents for the tenant, when the provider has such a thing. */
  adminConsentUrl?(tid: string): string;
}

/** Keeping access: refresh, the provider's errors in our codes, and upstream revocation. */
export interface Credentials {
  refresh(tid: string, refreshToken: string): Promise<ProviderTokens>;
  /** A refresh failure in our codes; `reconnect_required` voids the entry. */
  classify(err: unknown): AppError;
  /** Revokes the grant upstream; absent when the provider has no revocation (Entra). */
  revoke?(token: string): Promise<void>;
}

/** One provider: one folder under src/server/providers/, one line in registry.ts. */
export interface Provider {
  readonly id: ProviderId;
  /** What the pane's Connect card shows (name, wording, icon, the consent URL it may open). */
  readonly info: ProviderInfo;
  readonly adopter: Adopter;
  readonly connector: Connector;
  readonly credentials: Credentials;
}
