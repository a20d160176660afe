import type { ClientConfig } from '../../../shared/api';
import { AuthError } from '../errors';
import type { GetTokenOptions } from '../types';
import { discoverAuthority, type AuthorityMetadata } from './discovery';
import { TAB_CHANNEL_NAME, TabShare, type TabChannel } from './tabShare';
import { requestTokens, TokenCache, type KeyValueStorage, type TokenSet } from './tokens';

/** Renew this long before expiry so a token never dies on its way to the API. */
const EXPIRY_MARGIN_MS = 2 * 60_000;

export interface BrowserAuthDeps {
  loadConfig(): Promise<ClientConfig>;
  fetch: typeof fetch;
  /** sessionStorage: per tab, gone when the tab closes. */
  storage: KeyValueStorage;
  /** A BroadcastChannel to the other open tabs of this origin (tabShare.ts); without one, each tab signs in. */
  openChannel?(name: string): TabChannel;
  crypto: Crypto;
  currentUrl(): string;
  navigate(url: string): void;
  /** Rewrites the address bar without navigating (strips the authorization code). */
  replaceUrl(url: string): void;
  now(): number;
}

interface Session {
  config: ClientConfig;
  cache: TokenCache;
  tabs?: TabShare;
}

/** Sign-in for the browser host: a small OAuth 2 / OIDC public client. */
export class BrowserAuth {
  private session: Promise<Session> | undefined;
  private metadata: Promise<AuthorityMetadata> | undefined;
  private refreshing: Promise<TokenSet> | undefined;
  /** A failed sign-in is reported once instead of sending the user straight back in a loop. */
  private signInError: AuthError | undefined;
  private readonly redirectUri: string;

  constructor(private readonly deps: BrowserAuthDeps) {
    const here = new URL(deps.currentUrl());
    this.redirectUri = here.origin + here.pathname;
  }

  async getToken(options: GetTokenOptions = {}): Promise<string> {
    const session = await this.ready();
    if (this.signInError) {
      const error = this.signInError;
      this.signInError = undefined;
      throw error;
    }
    const cached = session.cache.get();
    if (cached && !options.forceRefresh && cached.expiresAt - EXPIRY_MARGIN_MS > this.deps.now()) {
      return cached.accessToken;
    }
    if (cached?.refreshToken) {
      try {
        return (await this.refresh(session, cached.refreshToken)).accessToken;
      } catch (error) {
        if (!(error instanceof AuthError && error.code === 'interaction_required')) throw error;
      }
    }
    session.cache.clear();
    return this.signInInteractively(session);
  }

  async signOut(): Promise<void> {
    const session = await this.ready();
    session.cache.clear();
    session.tabs?.signedOut();
    const metadata = await this.authorityMetadata(session.config).catch(() => undefined);
    if (metadata?.end_session_endpoint) {
      const url = new URL(metadata.end_session_endpoint);
      url.searchParams.set('post_logout_redirect_uri', this.redirectUri);
      url.searchParams.set('client_id', session.config.clientId);
      this.deps.navigate(url.toString());
    } else {
      this.deps.navigate(this.redirectUri);
    }
  }

  private ready(): Promise<Session> {
    // A failed start (server unreachable) is retried on the next call, not remembered.
    this.session ??= this.start().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async start(): Promise<Session> {
    let config: ClientConfig;
    try {
      config = await this.deps.loadConfig();
    } catch (cause) {
      throw new AuthError('config_error', 'The sign-in settings could not be loaded.', { cause });
    }
    const name = `upnext.auth.tokens:${config.clientId}:${config.authority}`;
    const cache = new TokenCache(this.deps.storage, name);
    const channel = this.deps.openChannel?.(TAB_CHANNEL_NAME);
    const tabs = channel && new TabShare(channel, name, { current: () => cache.get(), adopt: (tokens) => cache.set(tokens), signedOut: () => cache.clear() });
    const session: Session = { config, cache, ...(tabs && { tabs }) };
    const url = new URL(this.deps.currentUrl());
    if (isAuthorizationResponse(url)) {
      // The code must not linger in the address bar or history.
      this.deps.replaceUrl(this.redirectUri);
      try {
        const signIn = await import('./signIn');
        this.keep(session, await signIn.completeSignIn(await this.signInContext(config), url));
      } catch (error) {
        this.signInError =
          error instanceof AuthError ? error : new AuthError('sign_in_failed', 'Sign-in did not complete.', { cause: error });
      }
    } else if (!cache.get() && tabs) {
      // A new tab: an open tab of Upnext may hold the session already.
      const shared = await tabs.ask();
      if (shared) cache.set(shared);
    }
    return session;
  }

  private refresh(session: Session, refreshToken: string): Promise<TokenSet> {
    // Single flight: refresh tokens rotate, so two parallel refreshes would void each other.
    this.refreshing ??= (async () => {
      const metadata = await this.authorityMetadata(session.config);
      const tokens = await requestTokens(
        this.deps.fetch,
        metadata.token_endpoint,
        {
          client_id: session.config.clientId,
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          scope: scopeFor(session.config),
        },
        this.deps.now(),
      );
      tokens.refreshToken ??= refreshToken;
      this.keep(session, tokens);
      return tokens;
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Keeps a new token set here and in the other open tabs (refresh tokens rotate: all need the newest). */
  private keep(session: Session, tokens: TokenSet): void {
    session.cache.set(tokens);
    session.tabs?.published(tokens);
  }

  private async signInInteractively(session: Session): Promise<never> {
    const signIn = await import('./signIn');
    await signIn.startSignIn(await this.signInContext(session.config));
    // The page is navigating to the authority; nothing waiting on this token should run.
    return new Promise<never>(() => undefined);
  }

  private async signInContext(config: ClientConfig) {
    return {
      clientId: config.clientId,
      scope: scopeFor(config),
      redirectUri: this.redirectUri,
      metadata: await this.authorityMetadata(config),
      storage: this.deps.storage,
      fetch: this.deps.fetch,
      crypto: this.deps.crypto,
      now: this.deps.now,
      navigate: this.deps.navigate,
    };
  }

  private authorityMetadata(config: ClientConfig): Promise<AuthorityMetadata> {
    this.metadata ??= discoverAuthority(this.deps.fetch, config.authority).catch((error: unknown) => {
      this.metadata = undefined;
      throw error;
    });
    return this.metadata;
  }
}

export function scopeFor(config: ClientConfig): string {
  return ['openid', 'profile', 'offline_access', config.apiScope].join(' ');
}

/** An authorization response (success or error) for us to consume, as opposed to any page load. */
export function isAuthorizationResponse(url: URL): boolean {
  return url.searchParams.has('state') && (url.searchParams.has('code') || url.searchParams.has('error'));
}
