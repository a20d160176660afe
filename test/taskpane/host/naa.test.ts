/** Nested app authentication over a mock of msal-browser's nestable client. */
import type { ClientConfig } from '../../../src/shared/api';
import type { AuthError } from '../../../src/taskpane/host/errors';
import { createNaaClient } from '../../../src/taskpane/host/naa';

const CONFIG: ClientConfig = { authMode: 'entra', clientId: 'cid', authority: 'https://login.example/organizations', apiScope: 'api://pane.example/cid/access_as_user', providers: [] };

class InteractionRequiredAuthError extends Error {
  errorCode = 'interaction_required';
}

function fakeMsal(pca: Record<string, jest.Mock>) {
  const createNestablePublicClientApplication = jest.fn(async () => pca);
  const msal = { createNestablePublicClientApplication, InteractionRequiredAuthError } as unknown as typeof import('@azure/msal-browser');
  return { load: async () => msal, createNestablePublicClientApplication };
}

describe('createNaaClient', () => {
  it('creates the nestable client for our app and asks silently for the API scope with the host account', async () => {
    const account = { homeAccountId: 'h' };
    const pca = { getActiveAccount: jest.fn(() => null), getAllAccounts: jest.fn(() => [account]), acquireTokenSilent: jest.fn(async () => ({ accessToken: 'jwt' })), acquireTokenPopup: jest.fn() };
    const msal = fakeMsal(pca);
    const client = await createNaaClient(CONFIG, msal.load);
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({ auth: { clientId: 'cid', authority: CONFIG.authority } });
    await expect(client.getToken(true)).resolves.toBe('jwt');
    expect(pca.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [CONFIG.apiScope], account, forceRefresh: true });
    expect(pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('lets the host prompt when interaction is required; a cancelled prompt is interaction_required', async () => {
    const pca = {
      getActiveAccount: jest.fn(() => null),
      getAllAccounts: jest.fn(() => []),
      acquireTokenSilent: jest.fn(async () => Promise.reject(new InteractionRequiredAuthError('consent'))),
      acquireTokenPopup: jest.fn().mockResolvedValueOnce({ accessToken: 'after-prompt' }).mockRejectedValueOnce(Object.assign(new Error('x'), { errorCode: 'user_cancelled' })),
    };
    const client = await createNaaClient(CONFIG, fakeMsal(pca).load);
    await expect(client.getToken(false)).resolves.toBe('after-prompt');
    expect(pca.acquireTokenPopup).toHaveBeenCalledWith({ scopes: [CONFIG.apiScope] });
    await expect(client.getToken(false)).rejects.toMatchObject({ code: 'interaction_required' });
  });

  it('other failures are sign_in_failed with msal’s code only; no client is config_error', async () => {
    const pca = { getActiveAccount: jest.fn(() => null), getAllAccounts: jest.fn(() => []), acquireTokenSilent: jest.fn(async () => Promise.reject(Object.assign(new Error('secret detail'), { errorCode: 'network_error' }))), acquireTokenPopup: jest.fn() };
    const client = await createNaaClient(CONFIG, fakeMsal(pca).load);
    const error = (await client.getToken(false).catch((e: unknown) => e)) as AuthError;
    expect(error.code).toBe('sign_in_failed');
    expect(error.message).not.toContain('secret');
    await expect(createNaaClient(CONFIG, async () => Promise.reject(new Error('chunk failed')))).rejects.toMatchObject({ code: 'config_error' });
  });
});
