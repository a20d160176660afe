import type { ClientConfig } from '../../../shared/api';
import { AuthError } from '../errors';
import type { NaaClient } from '../naa';
import { TokenMemo } from '../tokenMemo';
import type { GetTokenOptions } from '../types';

export interface TeamsAuthDeps {
  /** nestedAppAuth.isNAAChannelRecommended(). */
  naaRecommended(): boolean;
  /** authentication.getAuthToken(). */
  getAuthToken(): Promise<string>;
  loadConfig(): Promise<ClientConfig>;
  createNaa(config: ClientConfig): Promise<NaaClient>;
  now?(): number;
}

/** getAuthToken's failure reasons that a user can fix by signing in or consenting. */
const INTERACTIVE_REASONS = new Set(['CancelledByUser', 'resourceRequiresConsent', 'FailedToOpenWindow', 'resourceRequiresMfa']);

/** The user JWT in Teams: nested app authentication where Teams recommends it, else Teams SSO. */
export class TeamsAuth {
  private naa: Promise<NaaClient> | undefined;
  private useNaa: boolean | undefined;
  private readonly memo: TokenMemo;

  constructor(private readonly deps: TeamsAuthDeps) {
    this.memo = new TokenMemo(deps.now);
  }

  get method(): 'naa' | 'sso' {
    this.useNaa ??= safe(() => this.deps.naaRecommended(), false);
    return this.useNaa ? 'naa' : 'sso';
  }

  getToken(options: GetTokenOptions = {}): Promise<string> {
    return this.memo.fetch(options.forceRefresh === true, (force) => this.acquire(force));
  }

  private async acquire(forceRefresh: boolean): Promise<string> {
    if (this.method === 'naa') {
      try {
        return this.memo.set(await this.viaNaa(forceRefresh));
      } catch (error) {
        if (error instanceof AuthError && error.code === 'interaction_required') throw error;
        // NAA broken here: Teams SSO from now on.
        this.useNaa = false;
      }
    }
    return this.memo.set(await this.viaSso());
  }

  private async viaNaa(forceRefresh: boolean): Promise<string> {
    this.naa ??= this.deps.loadConfig().then((config) => this.deps.createNaa(config));
    try {
      return await (await this.naa).getToken(forceRefresh);
    } catch (error) {
      if (!(error instanceof AuthError && error.code === 'interaction_required')) this.naa = undefined;
      throw error;
    }
  }

  private async viaSso(): Promise<string> {
    try {
      return await this.deps.getAuthToken();
    } catch (error) {
      // Teams rejects with an Error whose message is the reason; it names no secret.
      const reason = error instanceof Error ? error.message : String(error);
      if (INTERACTIVE_REASONS.has(reason)) throw new AuthError('interaction_required', 'Teams needs you to sign in or consent. Try again to continue.', { cause: error });
      throw new AuthError('sign_in_failed', 'Teams single sign-on failed.', { cause: error });
    }
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
