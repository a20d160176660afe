export type BreakerState = 'closed' | 'open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  /** While open, how often the dependency is probed. */
  probeEveryMs?: number;
  /** Is the dependency back? Resolves when it is; may also finish work owed to it (see fallback-cache). */
  probe: () => Promise<void>;
  onTransition?: (from: BreakerState, to: BreakerState) => void;
}

/**
 * Fast failure for a dependency that is away: after a few consecutive failures the circuit opens
 * and callers stop asking it (they use their fallback) until a periodic probe succeeds. The probe
 * runs on a timer in the background, so no request ever waits on a dead dependency once open.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: CircuitBreakerOptions) {}

  get state(): BreakerState {
    return this.current;
  }

  /** May callers use the dependency now? */
  allows(): boolean {
    return this.current === 'closed';
  }

  success(): void {
    this.failures = 0;
  }

  failure(): void {
    if (this.current === 'open') return;
    this.failures++;
    if (this.failures >= (this.options.failureThreshold ?? 3)) this.open();
  }

  /** Opens at once (a failure that leaves no doubt, like a lost write). */
  open(): void {
    if (this.current === 'open') return;
    this.transition('open');
    this.scheduleProbe();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.runProbe(), this.options.probeEveryMs ?? 1_000);
    this.timer.unref();
  }

  private async runProbe(): Promise<void> {
    try {
      await this.options.probe();
    } catch {
      this.scheduleProbe();
      return;
    }
    this.failures = 0;
    this.transition('closed');
  }

  private transition(to: BreakerState): void {
    const from = this.current;
    this.current = to;
    this.options.onTransition?.(from, to);
  }
}
