/// <reference types="office-js" />
/**
 * A fake of the Office.js global for the Office host's tests: every call is recorded, and the
 * test says what each one answers.
 */
import type { OfficeApi, OfficeAsyncResult, OfficeDialog, OfficeThemeInfo } from '../../../../src/taskpane/host/office/officeApi';

// The real Office.js must fit the narrow interface the host codes against.
export const realOfficeFits = (office: typeof Office): OfficeApi => office;

export class FakeDialog implements OfficeDialog {
  readonly handlers = new Map<string, (arg: never) => void>();
  closed = false;
  close(): void {
    this.closed = true;
  }
  addEventHandler(eventType: Office.EventType, handler: (arg: never) => void): void {
    this.handlers.set(String(eventType), handler);
  }
  send(message: string, origin: string | undefined): void {
    this.handlers.get('dialogMessageReceived')?.({ message, origin } as never);
  }
  event(error: number): void {
    this.handlers.get('dialogEventReceived')?.({ error } as never);
  }
}

export interface FakeOfficeOptions {
  sets?: Record<string, boolean>;
  /** Answers of auth.getAccessToken, in order: a token, or an error code. */
  sso?: Array<string | number>;
  theme?: OfficeThemeInfo;
  /** displayDialogAsync fails with this code instead of opening. */
  dialogFails?: number;
  host?: string | null;
  /** Office.context.displayLanguage. */
  displayLanguage?: string;
}

export function fakeOffice(options: FakeOfficeOptions = {}) {
  const sso = [...(options.sso ?? [])];
  const calls = {
    getAccessToken: [] as unknown[],
    openBrowserWindow: [] as string[],
    dialogs: [] as Array<{ url: string; dialog: FakeDialog }>,
    messageParent: [] as Array<{ message: string; options?: { targetOrigin: string } }>,
  };
  const themeHandlers: Array<(args: { officeTheme?: OfficeThemeInfo }) => void> = [];
  const office = {
    onReady: jest.fn(async () => ({ host: options.host === undefined ? 'Outlook' : options.host, platform: 'OfficeOnline' })),
    context: {
      requirements: { isSetSupported: jest.fn((name: string) => options.sets?.[name] ?? false) },
      officeTheme: options.theme,
      displayLanguage: options.displayLanguage,
      ui: {
        displayDialogAsync: jest.fn((url: string, _opts: unknown, callback: (result: OfficeAsyncResult<OfficeDialog>) => void) => {
          if (options.dialogFails !== undefined) {
            callback({ status: 'failed', value: undefined as never, error: { code: options.dialogFails } });
            return;
          }
          const dialog = new FakeDialog();
          calls.dialogs.push({ url, dialog });
          callback({ status: 'succeeded', value: dialog, error: undefined as never });
        }),
        openBrowserWindow: jest.fn((url: string) => {
          calls.openBrowserWindow.push(url);
        }),
        messageParent: jest.fn((message: string, opts?: { targetOrigin: string }) => {
          calls.messageParent.push({ message, options: opts });
        }),
      },
      mailbox: {
        addHandlerAsync: jest.fn((_type: Office.EventType, handler: (args: { officeTheme?: OfficeThemeInfo }) => void) => {
          themeHandlers.push(handler);
        }),
        removeHandlerAsync: jest.fn(),
      },
    },
    auth: {
      getAccessToken: jest.fn(async (opts: unknown) => {
        calls.getAccessToken.push(opts);
        const next = sso.shift();
        if (next === undefined) throw Object.assign(new Error('no answer scripted'), { code: 13007 });
        if (typeof next === 'number') throw Object.assign(new Error(`Office error ${next}`), { code: next });
        return next;
      }),
    },
  } satisfies OfficeApi;
  return {
    office,
    calls,
    lastDialog: () => calls.dialogs.at(-1)?.dialog,
    changeTheme: (officeTheme: OfficeThemeInfo) => themeHandlers.forEach((h) => h({ officeTheme })),
  };
}

/** A JWT-shaped string with the given expiry (the host only reads `exp`). */
export function jwtExpiringIn(seconds: number, now = Date.now(), tag = 'x'): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${b64({ alg: 'none' })}.${b64({ exp: Math.floor(now / 1000) + seconds, tag })}.sig`;
}
