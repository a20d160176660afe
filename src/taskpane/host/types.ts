/** What the pane needs from wherever it runs (browser tab, Outlook, Teams). Only host/ touches host SDKs. */
export type HostKind = 'browser' | 'office' | 'teams';
export type HostTheme = 'light' | 'dark' | 'highContrast';

export interface GetTokenOptions {
  /** Ignore the cached access token (the API said it is no longer valid). */
  forceRefresh?: boolean;
}

/** How a consent window ended. `code` and `state` go to the server's complete call and nowhere else. */
export type ConsentResult =
  | { kind: 'code'; code: string; state: string }
  /** The admin-consent endpoint came back with `admin_consent=True` and our state (the console records it). */
  | { kind: 'admin_consent'; state: string }
  /** The authority sent an OAuth error back (`access_denied` when the user said no). */
  | { kind: 'error'; error: string; aadsts?: number }
  /** Closed (or cancelled) before it finished. */
  | { kind: 'closed' }
  /** The host refused to open a window (popup blocker). */
  | { kind: 'blocked' };

export interface ConsentAttempt {
  readonly result: Promise<ConsentResult>;
  /** Stops waiting and closes the window; `result` then settles as `closed`. */
  cancel(): void;
}

export interface Host {
  readonly kind: HostKind;
  /** The user JWT for our API. May navigate away to sign in, in which case it never settles. */
  getToken(options?: GetTokenOptions): Promise<string>;
  /** Opens a web link outside the pane (a new tab in a browser). Throws TypeError for anything but http(s). */
  openUrl(url: string): void;
  /** Hands a meeting app link (msteams:, zoommtg:, …) to the operating system. Throws TypeError for other schemes. */
  openAppUrl(url: string): void;
  /**
   * Opens the authority's consent page in the host's auth window (a browser popup here). Must be
   * called straight from a click: popup blockers only allow windows the user asked for.
   */
  startConsent(url: string): ConsentAttempt;
  copyText(text: string): Promise<void>;
  readonly theme: HostTheme;
  /**
   * The person's language as the host reports it (a BCP 47 tag: Office's displayLanguage, Teams'
   * app.locale, the browser's first preferred language), or undefined when it says nothing.
   */
  readonly language?: string;
  /** Calls the listener when the host theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  signOut?(): Promise<void>;
}
