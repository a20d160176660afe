/**
 * The Office host's sign-in against a fake Office.js: which method it picks (NAA, Office SSO,
 * the dialog), and what it does with each of getAccessToken's documented error codes.
 */
import type { ClientConfig } from '../../../../src/shared/api';
import { AuthError } from '../../../../src/taskpane/host/errors';
import type { NaaClient } from '../../../../src/taskpane/host/naa';
import { OfficeAuth } from '../../../../src/taskpane/host/office/officeAuth';
import { ssoAction } from '../../../../src/taskpane/host/office/ssoErrors';
import { fakeOffice, jwtExpiringIn } from './fakeOffice';

const CONFIG: ClientConfig = { authMode: 'entra', clientId: 'cid', authority: 'https://login.example/organizations', apiScope: 'api://pane.example/cid/access_as_user', providers: [] };
const SSO_OPTIONS = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false };

function setup(options: Parameters<typeof fakeOffice>[0] & { naa?: Partial<NaaClient> | Error; dialog?: () => Promise<string> } = {}) {
  const fake = fakeOffice(options);
  const naaClient = { getToken: jest.fn(async () => jwtExpiringIn(3600, Date.now(), 'naa')), ...(options.naa instanceof Error ? {} : options.naa) };
  const deps = {
    office: fake.office,
    loadConfig: jest.fn(async () => CONFIG),
    createNaa: jest.fn(async (config: ClientConfig) => {
      expect(config).toBe(CONFIG);
      if (options.naa instanceof Error) throw options.naa;
      return naaClient;
    }),
    signInWithDialog: jest.fn(options.dialog ?? (async () => jwtExpiringIn(3600, Date.now(), 'dialog'))),
    sleep: jest.fn(async () => undefined),
  };
  return { ...fake, deps, naaClient, auth: new OfficeAuth(deps) };
}

const tag = (jwt: string) => (JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { tag: string }).tag;

describe('OfficeAuth: choosing the method', () => {
  it('uses nested app authentication where NestedAppAuth 1.1 is supported', async () => {
    const { auth, office, deps, naaClient } = setup({ sets: { NestedAppAuth: true } });
    expect(tag(await auth.getToken())).toBe('naa');
    expect(office.context.requirements.isSetSupported).toHaveBeenCalledWith('NestedAppAuth', '1.1');
    expect(deps.createNaa).toHaveBeenCalledTimes(1);
    expect(office.auth.getAccessToken).not.toHaveBeenCalled();
    await auth.getToken({ forceRefresh: true });
    expect(naaClient.getToken).toHaveBeenLastCalledWith(true);
  });

  it('without NAA, uses Office.auth.getAccessToken with the sign-in and consent prompts allowed', async () => {
    const token = jwtExpiringIn(3600, Date.now(), 'sso');
    const { auth, office, deps } = setup({ sso: [token] });
    expect(await auth.getToken()).toBe(token);
    expect(office.auth.getAccessToken).toHaveBeenCalledWith(SSO_OPTIONS);
    expect(deps.createNaa).not.toHaveBeenCalled();
    expect(auth.method).toBe('sso');
  });

  it('falls back from NAA to SSO when MSAL cannot start, and from NAA failures', async () => {
    const a = setup({ sets: { NestedAppAuth: true }, naa: new Error('no broker'), sso: [jwtExpiringIn(3600, Date.now(), 'sso')] });
    expect(tag(await a.auth.getToken())).toBe('sso');
    expect(a.auth.method).toBe('sso');

    const b = setup({ sets: { NestedAppAuth: true }, naa: { getToken: jest.fn(async () => Promise.reject(new AuthError('sign_in_failed', 'x'))) }, sso: [jwtExpiringIn(3600, Date.now(), 'sso')] });
    expect(tag(await b.auth.getToken())).toBe('sso');
  });

  it('a user who cancels the NAA prompt is told so; NAA is kept for the next try', async () => {
    const cancel = new AuthError('interaction_required', 'Sign-in was cancelled.');
    const { auth, naaClient, office } = setup({ sets: { NestedAppAuth: true }, naa: { getToken: jest.fn().mockRejectedValueOnce(cancel).mockResolvedValue(jwtExpiringIn(3600, Date.now(), 'naa')) } });
    await expect(auth.getToken()).rejects.toBe(cancel);
    expect(office.auth.getAccessToken).not.toHaveBeenCalled();
    expect(tag(await auth.getToken())).toBe('naa');
    expect(naaClient.getToken).toHaveBeenCalledTimes(2);
  });

  it('keeps the token until shortly before it expires, and makes one request for parallel callers', async () => {
    const { auth, office } = setup({ sso: [jwtExpiringIn(3600, Date.now(), 'one'), jwtExpiringIn(60, Date.now(), 'two'), jwtExpiringIn(3600, Date.now(), 'three')] });
    const [a, b] = await Promise.all([auth.getToken(), auth.getToken()]);
    expect(a).toBe(b);
    expect(tag(await auth.getToken())).toBe('one');
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(1);
    // forceRefresh asks again; a token about to expire is not kept.
    expect(tag(await auth.getToken({ forceRefresh: true }))).toBe('two');
    expect(tag(await auth.getToken())).toBe('three');
  });
});

describe('OfficeAuth: getAccessToken error codes', () => {
  it('13001 (nobody signed in to Office): asks again with the sign-in prompt', async () => {
    const { auth, office } = setup({ sso: [13001, jwtExpiringIn(3600, Date.now(), 'after-sign-in')] });
    expect(tag(await auth.getToken())).toBe('after-sign-in');
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(2);
    expect(office.auth.getAccessToken).toHaveBeenLastCalledWith(expect.objectContaining({ allowSignInPrompt: true }));
  });

  it('13001 twice: falls back to the dialog', async () => {
    const { auth, deps } = setup({ sso: [13001, 13001] });
    expect(tag(await auth.getToken())).toBe('dialog');
    expect(deps.signInWithDialog).toHaveBeenCalledTimes(1);
  });

  it('13002 (user aborted): an interaction_required error for a sign-in button, no fallback, SSO again on the next try', async () => {
    const { auth, deps, office } = setup({ sso: [13002, jwtExpiringIn(3600, Date.now(), 'second')] });
    const error = await auth.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('interaction_required');
    expect(deps.signInWithDialog).not.toHaveBeenCalled();
    expect(tag(await auth.getToken())).toBe('second');
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(2);
  });

  it.each([13006, 13008])('%i: retries after a short delay', async (code) => {
    const { auth, deps, office } = setup({ sso: [code, jwtExpiringIn(3600, Date.now(), 'retried')] });
    expect(tag(await auth.getToken())).toBe('retried');
    expect(deps.sleep).toHaveBeenCalledTimes(1);
    expect((deps.sleep.mock.calls[0] as unknown as [number])[0]).toBeGreaterThan(0);
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(2);
    expect(deps.signInWithDialog).not.toHaveBeenCalled();
  });

  it('13008 that never clears: two retries, then the dialog', async () => {
    const { auth, deps, office } = setup({ sso: [13008, 13008, 13008] });
    expect(tag(await auth.getToken())).toBe('dialog');
    expect(deps.sleep).toHaveBeenCalledTimes(2);
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(3);
  });

  it.each([13000, 13003, 13004, 13005, 13007, 13010, 13012, 13013, 50001])('%i: falls back to the dialog, and stays there', async (code) => {
    const { auth, deps, office } = setup({ sso: [code] });
    expect(tag(await auth.getToken())).toBe('dialog');
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(1);
    expect(auth.method).toBe('dialog');
    expect(tag(await auth.getToken({ forceRefresh: true }))).toBe('dialog');
    expect(office.auth.getAccessToken).toHaveBeenCalledTimes(1);
    expect(deps.signInWithDialog).toHaveBeenCalledTimes(2);
  });

  it('an error without a code falls back too', async () => {
    const { auth, office } = setup();
    office.auth.getAccessToken.mockRejectedValueOnce(new Error('weird'));
    expect(tag(await auth.getToken())).toBe('dialog');
  });

  it('a dialog that fails is the error the pane sees', async () => {
    const failure = new AuthError('interaction_required', 'Sign-in was cancelled.');
    const { auth } = setup({ sso: [13012], dialog: async () => Promise.reject(failure) });
    await expect(auth.getToken()).rejects.toBe(failure);
  });

  it('maps codes to actions as documented', () => {
    expect([13001, 13002, 13006, 13008, 13012, 13000, undefined].map(ssoAction)).toEqual(['sign_in_prompt', 'user_aborted', 'retry', 'retry', 'fallback', 'fallback', 'fallback']);
  });
});
