import type { ClientConfig } from '../../../shared/api';
import { AuthError } from '../errors';
import type { NaaClient } from '../naa';
import { TokenMemo } from '../tokenMemo';
import type { GetTokenOptions } from '../types';
import type { OfficeApi } from './officeApi';
import { ssoAction, ssoErrorCode } from './ssoErrors';

export type OfficeSignInMethod = 'naa' | 'sso' | 'dialog';

export interface OfficeAuthDeps {
  office: OfficeApi;
  loadConfig(): Promise<ClientConfig>;
  createNaa(config: ClientConfig): Promise<NaaClient>;
  signInWithDialog(): Promise<string>;
  sleep(ms: number): Promise<void>;
  now?(): number;
}

/** Retries for 13006/13008, and how long to wait before each. */
const SSO_RETRY_DELAYS_MS = [500, 1500];

/** Means: this method cannot work here, use the next one (and keep using it). */
class FallBack extends Error {}

/**
 * The user JWT in Office: nested app authentication where the host supports it, else Office's
 * own SSO, else the sign-in dialog. A method that fails for good is dropped for the rest of the
 * session; a user who cancelled is told so and asked again only when they choose to.
 */
export class OfficeAuth {
  private methods: OfficeSignInMethod[] | undefined;
  private naa: Promise<NaaClient> | undefined;
  private readonly memo: TokenMemo;

  constructor(private readonly deps: OfficeAuthDeps) {
    this.memo = new TokenMemo(deps.now);
  }

  /** The method the next token will come from (for tests and diagnostics). */
  get method(): OfficeSignInMethod {
    return this.order()[0] ?? 'dialog';
  }

  getToken(options: GetTokenOptions = {}): Promise<string> {
    return this.memo.fetch(options.forceRefresh === true, (force) => this.acquire(force));
  }

  private order(): OfficeSignInMethod[] {
    this.methods ??= this.deps.office.context.requirements.isSetSupported('NestedAppAuth', '1.1') ? ['naa', 'sso', 'dialog'] : ['sso', 'dialog'];
    return this.methods;
  }

  private async acquire(forceRefresh: boolean): Promise<string> {
    const methods = this.order();
    for (;;) {
      const method = methods[0] ?? 'dialog';
      try {
        return this.memo.set(await this.run(method, forceRefresh));
      } catch (error) {
        if (!(error instanceof FallBack) || methods.length <= 1) throw error instanceof FallBack ? (error.cause as Error) : error;
        methods.shift();
      }
    }
  }

  private run(method: OfficeSignInMethod, forceRefresh: boolean): Promise<string> {
    if (method === 'naa') return this.viaNaa(forceRefresh);
    if (method === 'sso') return this.viaSso();
    return this.deps.signInWithDialog();
  }

  private async viaNaa(forceRefresh: boolean): Promise<string> {
    this.naa ??= this.deps.loadConfig().then((config) => this.deps.createNaa(config));
    let client: NaaClient;
    try {
      client = await this.naa;
    } catch (cause) {
      this.naa = undefined;
      throw new FallBack('NAA unavailable', { cause });
    }
    try {
      return await client.getToken(forceRefresh);
    } catch (error) {
      // A user who cancelled the host's prompt is asked again only when they choose to.
      if (error instanceof AuthError && error.code === 'interaction_required') throw error;
      throw new FallBack('NAA failed', { cause: error });
    }
  }

  private async viaSso(): Promise<string> {
    const options = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false };
    let retries = 0;
    let promptedSignIn = false;
    for (;;) {
      let code: number | undefined;
      try {
        return await this.deps.office.auth.getAccessToken(options);
      } catch (error) {
        code = ssoErrorCode(error);
      }
      const action = ssoAction(code);
      if (action === 'user_aborted') throw new AuthError('interaction_required', 'Sign-in was cancelled. Sign in to see your meetings.');
      if (action === 'sign_in_prompt' && !promptedSignIn) {
        promptedSignIn = true;
        options.allowSignInPrompt = true;
        continue;
      }
      const delay = SSO_RETRY_DELAYS_MS[retries];
      if (action === 'retry' && delay !== undefined) {
        retries += 1;
        await this.deps.sleep(delay);
        continue;
      }
      throw new FallBack(`Office SSO error ${code ?? 'unknown'}`, { cause: new AuthError('sign_in_failed', `Office single sign-on failed (${code ?? 'unknown'}).`) });
    }
  }
}
