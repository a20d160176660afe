import type { StoredTokens } from './vault';

/** A refresh's result the vault could not take yet: kept in memory until a write lands. */
export interface PendingWrite {
  /** The newest token set the authority issued; its refresh token is the only live one at a rotate-on-use authority. */
  tokens: StoredTokens;
  /** Writes it (compare-and-swap). True: stored. False: superseded (a newer entry is there). Throws: try later. */
  write: () => Promise<boolean>;
}

export interface PendingTokenWritesOptions {
  /** First retry after this long, doubling up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  onSettled?: (outcome: 'stored' | 'superseded') => void;
}

/**
 * Tokens the authority just issued are never thrown away because the vault write failed (the
 * database went away mid-refresh): they are held here, handed out while held, and written again
 * with backoff until the write lands or the entry is superseded. The next refresh on this server
 * writes them first rather than present the refresh token they replaced.
 */
export class PendingTokenWrites {
  private readonly held = new Map<string, { pending: PendingWrite; timer?: NodeJS.Timeout; delay: number }>();
  private readonly flushing = new Map<string, Promise<void>>();

  constructor(private readonly options: PendingTokenWritesOptions = {}) {}

  get size(): number {
    return this.held.size;
  }

  tokens(entry: string): StoredTokens | undefined {
    return this.held.get(entry)?.pending.tokens;
  }

  hold(entry: string, pending: PendingWrite): void {
    const previous = this.held.get(entry);
    if (previous?.timer) clearTimeout(previous.timer);
    this.held.set(entry, { pending, delay: this.options.retryMs ?? 1_000 });
    this.schedule(entry);
  }

  /** Writes what is held for `entry` now; throws (the store's error) when it still cannot. */
  async flush(entry: string): Promise<void> {
    const running = this.flushing.get(entry);
    if (running) return running;
    const held = this.held.get(entry);
    if (!held) return;
    const attempt = (async () => {
      const stored = await held.pending.write();
      if (this.held.get(entry) !== held) return;
      if (held.timer) clearTimeout(held.timer);
      this.held.delete(entry);
      this.options.onSettled?.(stored ? 'stored' : 'superseded');
    })().finally(() => this.flushing.delete(entry));
    this.flushing.set(entry, attempt);
    return attempt;
  }

  /** Stops the retries (shutdown); what is still held is lost with the process. */
  stop(): void {
    for (const held of this.held.values()) if (held.timer) clearTimeout(held.timer);
  }

  private schedule(entry: string): void {
    const held = this.held.get(entry);
    if (!held) return;
    held.timer = setTimeout(() => {
      this.flush(entry).catch(() => {
        if (this.held.get(entry) !== held) return; // replaced meanwhile: the newer one has its own timer
        held.delay = Math.min(held.delay * 2, this.options.maxRetryMs ?? 10_000);
        this.schedule(entry);
      });
    }, held.delay);
    held.timer.unref();
  }
}
