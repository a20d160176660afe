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

/** An ApiClient whose methods the test sets; anything not set fails loudly. */
export function fakeApi(parts: Partial<ApiClient>): ApiClient {
  const missing = (name: string) => () => Promise.reject(new Error(`${name} not expected`));
  return {
    getMe: missing('getMe'),
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
