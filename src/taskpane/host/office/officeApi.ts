/// <reference types="office-js" />
/**
 * The part of Office.js the Office host uses, as a narrow interface: the real `Office` global
 * satisfies it (checked in the tests' fake), and tests can hand in a fake. Only Office.js's types
 * are referenced: event types are Office.EventType's string values, so importing this needs no
 * Office.js on the page.
 */
export interface OfficeError {
  code: number;
  message?: string;
  name?: string;
}

export interface OfficeAsyncResult<T> {
  /** Office.AsyncResultStatus: the string 'succeeded' or 'failed' at run time. */
  status: unknown;
  value: T;
  error: OfficeError;
}

export interface OfficeDialogMessage {
  message: string;
  /** Where the message came from (DialogOrigin 1.1); absent on older hosts. */
  origin: string | undefined;
}

export interface OfficeDialogEvent {
  error: number;
}

export interface OfficeDialog {
  close(): void;
  addEventHandler(eventType: Office.EventType, handler: (arg: OfficeDialogMessage | OfficeDialogEvent) => void): void;
}

export interface OfficeThemeInfo {
  bodyBackgroundColor?: string;
  /** Newer hosts say so directly. */
  isDarkTheme?: boolean;
}

export interface OfficeEventSource {
  addHandlerAsync(eventType: Office.EventType, handler: (args: { officeTheme?: OfficeThemeInfo }) => void, callback?: (result: OfficeAsyncResult<void>) => void): void;
  removeHandlerAsync(eventType: Office.EventType, options?: unknown, callback?: (result: OfficeAsyncResult<void>) => void): void;
}

export interface OfficeApi {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: OfficeThemeInfo;
    /** The Office UI language ("de-DE"); absent before requirement set 1.1 hosts and in some doubles. */
    displayLanguage?: string;
    ui: {
      displayDialogAsync(url: string, options: { height: number; width: number; promptBeforeOpen?: boolean }, callback: (result: OfficeAsyncResult<OfficeDialog>) => void): void;
      openBrowserWindow(url: string): void;
      messageParent(message: string, options?: { targetOrigin: string }): void;
    };
    mailbox?: unknown;
    document?: unknown;
  };
  auth: {
    getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean; forMSGraphAccess?: boolean }): Promise<string>;
  };
}

// @types/office-js declares EventType as a numeric enum; at run time its values are these strings.
export const DIALOG_MESSAGE_RECEIVED = 'dialogMessageReceived' as unknown as Office.EventType;
export const DIALOG_EVENT_RECEIVED = 'dialogEventReceived' as unknown as Office.EventType;
export const OFFICE_THEME_CHANGED = 'officeThemeChanged' as unknown as Office.EventType;

/** The object that raises OfficeThemeChanged: the mailbox in Outlook, the document elsewhere. */
export function themeEventSource(office: OfficeApi): OfficeEventSource | undefined {
  for (const source of [office.context.mailbox, office.context.document]) {
    if (source && typeof (source as Partial<OfficeEventSource>).addHandlerAsync === 'function') return source as OfficeEventSource;
  }
  return undefined;
}
