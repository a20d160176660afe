/**
 * Hands the browser sign-in from one open tab of Upnext to another (docs/SECURITY.md "Browser
 * sign-in across tabs"). Tokens stay in each tab's sessionStorage; a new tab with none asks the
 * open tabs of the same origin over a BroadcastChannel and takes the newest set one of them holds.
 * So the session lives while any tab of Upnext is open (sessionStorage's rule, stretched from one
 * tab to the open ones), a refresh in one tab reaches the others (refresh tokens rotate), and
 * signing out in one tab signs out all of them.
 */
import type { TokenSet } from './tokens';

/** What a tab says on the channel. `key` names the session (client id and authority). */
export type TabMessage =
  | { type: 'ask'; key: string }
  | { type: 'tokens'; key: string; tokens: TokenSet }
  | { type: 'signed_out'; key: string };

export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export const TAB_CHANNEL_NAME = 'upnext.auth.v1';

/** How long a new tab waits for an open tab to answer before it signs in itself. */
export const ASK_TIMEOUT_MS = 250;

export interface TabShareHandlers {
  /** The tokens this tab holds now, to hand to a tab that asks. */
  current(): TokenSet | undefined;
  /** Another tab refreshed or signed in: keep its newer set. */
  adopt(tokens: TokenSet): void;
  /** Another tab signed out. */
  signedOut(): void;
}

function isTokenSet(value: unknown): value is TokenSet {
  const v = value as Partial<TokenSet> | undefined;
  return typeof v === 'object' && v !== null && typeof v.accessToken === 'string' && typeof v.expiresAt === 'number';
}

function asMessage(data: unknown, key: string): TabMessage | undefined {
  const m = data as Partial<TabMessage> | undefined;
  if (typeof m !== 'object' || m === null || m.key !== key) return undefined;
  if (m.type === 'ask' || m.type === 'signed_out') return m as TabMessage;
  if (m.type === 'tokens' && isTokenSet((m as { tokens?: unknown }).tokens)) return m as TabMessage;
  return undefined;
}

export class TabShare {
  private waiting: ((tokens: TokenSet) => void) | undefined;

  constructor(
    private readonly channel: TabChannel,
    private readonly key: string,
    handlers: TabShareHandlers,
  ) {
    channel.addEventListener('message', (event) => {
      const message = asMessage(event.data, key);
      if (!message) return;
      if (message.type === 'ask') {
        const tokens = handlers.current();
        if (tokens) channel.postMessage({ type: 'tokens', key, tokens });
      } else if (message.type === 'tokens') {
        if (this.waiting) this.waiting(message.tokens);
        else if (message.tokens.expiresAt > (handlers.current()?.expiresAt ?? 0)) handlers.adopt(message.tokens);
      } else {
        handlers.signedOut();
      }
    });
  }

  /** Asks the open tabs for their tokens; undefined when none answers in time. */
  ask(timeoutMs = ASK_TIMEOUT_MS, setTimer: (fn: () => void, ms: number) => unknown = setTimeout): Promise<TokenSet | undefined> {
    return new Promise((resolve) => {
      const done = (tokens: TokenSet | undefined) => {
        if (!this.waiting) return;
        this.waiting = undefined;
        resolve(tokens);
      };
      this.waiting = done;
      setTimer(() => done(undefined), timeoutMs);
      this.channel.postMessage({ type: 'ask', key: this.key });
    });
  }

  /** This tab signed in or refreshed: the others keep the newest set too. */
  published(tokens: TokenSet): void {
    this.channel.postMessage({ type: 'tokens', key: this.key, tokens });
  }

  signedOut(): void {
    this.channel.postMessage({ type: 'signed_out', key: this.key });
  }
}
