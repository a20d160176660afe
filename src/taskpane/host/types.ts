/** What the pane needs from wherever it runs (browser tab, Outlook, Teams). Only host/ touches host SDKs. */
export type HostKind = 'browser' | 'office' | 'teams';
export type HostTheme = 'light' | 'dark' | 'highContrast';

export interface GetTokenOptions {
  /** Ignore the cached access token (the API said it is no longer valid). */
  forceRefresh?: boolean;
}

export interface Host {
  readonly kind: HostKind;
  /** The user JWT for our API. May navigate away to sign in, in which case it never settles. */
  getToken(options?: GetTokenOptions): Promise<string>;
  /** Opens a link outside the pane (a new tab in a browser). */
  openUrl(url: string): void;
  readonly theme: HostTheme;
  /** Calls the listener when the host theme changes; returns the unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  signOut?(): Promise<void>;
}
