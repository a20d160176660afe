import type { ProviderInfo } from '../../src/shared/api';
import type { ApiClient } from '../../src/taskpane/api/client';
import type { ConsentAttempt, ConsentResult, Host } from '../../src/taskpane/host/types';

export interface FakeHost extends Host {
  openUrl: jest.Mock;
  openAppUrl: jest.Mock;
  copyText: jest.Mock;
  /** URLs passed to startConsent, in order. */
  consentUrls: string[];
  /** Ends the latest consent window the way the test says. */
  finishConsent(result: ConsentResult): void;
}

export function fakeHost(overrides: Partial<Host> = {}): FakeHost {
  const pending: Array<(result: ConsentResult) => void> = [];
  const consentUrls: string[] = [];
  const host: FakeHost = {
    kind: 'browser',
    getToken: async () => 'jwt',
    openUrl: jest.fn(),
    openAppUrl: jest.fn(),
    copyText: jest.fn(async () => undefined),
    theme: 'light',
    onThemeChange: () => () => undefined,
    consentUrls,
    startConsent(url: string): ConsentAttempt {
      consentUrls.push(url);
      let settle: (result: ConsentResult) => void = () => undefined;
      const result = new Promise<ConsentResult>((resolve) => {
        settle = resolve;
      });
      pending.push(settle);
      return { result, cancel: () => settle({ kind: 'closed' }) };
    },
    finishConsent(result) {
      const settle = pending.pop();
      if (!settle) throw new Error('no consent window is open');
      settle(result);
    },
    ...overrides,
  } as FakeHost;
  return host;
}

export const OUTLOOK_INFO: ProviderInfo = {
  id: 'outlook-calendar',
  name: 'Outlook Calendar',
  consentText: 'Upnext reads your Outlook calendar to show your next meetings.',
  icon: '/assets/providers/outlook-calendar.svg',
};
export const GOOGLE_INFO: ProviderInfo = {
  id: 'google-calendar',
  name: 'Google Calendar',
  consentText: 'Upnext reads the events of your Google Calendar.',
  icon: '/assets/providers/google-calendar.svg',
  consentWindow: { url: 'https://accounts.google.com/o/oauth2/v2/auth', clientId: 'c.apps.googleusercontent.com' },
};

/** An ApiClient whose methods the test sets; anything not set fails loudly. */
export function fakeApi(parts: Partial<ApiClient>): ApiClient {
  const missing = (name: string) => () => Promise.reject(new Error(`${name} not expected`));
  return {
    getMe: missing('getMe'),
    // The server's registry when only Outlook is offered; tests of both pass their own.
    getProviders: () => Promise.resolve([OUTLOOK_INFO]),
    getMeetings: missing('getMeetings'),
    connect: missing('connect'),
    completeConnect: missing('completeConnect'),
    disconnect: missing('disconnect'),
    search: missing('search'),
    // Join reports are fire-and-forget in the pane; tests that care pass their own.
    joined: async () => undefined,
    ...parts,
  };
}
