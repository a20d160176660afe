/**
 * Nested app authentication: the host (Outlook, Teams) brokers the user's token for our API
 * through msal-browser's nestable client. msal-browser is imported here, lazily, so only a pane
 * that runs NAA ever downloads it.
 */
import type { ClientConfig } from '../../shared/api';
import { AuthError } from './errors';

export interface NaaClient {
  getToken(forceRefresh: boolean): Promise<string>;
}

type Msal = typeof import('@azure/msal-browser');

export async function createNaaClient(config: ClientConfig, loadMsal: () => Promise<Msal> = () => import('@azure/msal-browser')): Promise<NaaClient> {
  let msal: Msal;
  let pca: import('@azure/msal-browser').IPublicClientApplication;
  try {
    msal = await loadMsal();
    pca = await msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
  } catch (cause) {
    throw new AuthError('config_error', 'Sign-in through the host is not available.', { cause });
  }
  const scopes = [config.apiScope];
  return {
    async getToken(forceRefresh) {
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        return (await pca.acquireTokenSilent({ scopes, account, forceRefresh })).accessToken;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError)) throw asAuthError(error);
      }
      try {
        // The host shows its own consent or sign-in prompt.
        return (await pca.acquireTokenPopup({ scopes })).accessToken;
      } catch (error) {
        throw asAuthError(error);
      }
    },
  };
}

function asAuthError(error: unknown): AuthError {
  // msal's messages can carry request details; keep only its error code.
  const code = typeof (error as { errorCode?: unknown })?.errorCode === 'string' ? (error as { errorCode: string }).errorCode : 'unknown';
  const cancelled = code === 'user_cancelled';
  return new AuthError(cancelled ? 'interaction_required' : 'sign_in_failed', cancelled ? 'Sign-in was cancelled.' : `Sign-in through the host failed (${code}).`, { cause: error });
}
