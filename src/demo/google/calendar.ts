/** The demo Google calendars and their testing controls: injected failures, outage, latency, request counts. */
import type { DemoGoogleAccount } from './accounts';
import { seedGoogleCalendar, type StoredGoogleEvent } from './seed';

export interface InjectedGoogleFailure {
  status: 403 | 410 | 429 | 500 | 503;
  reason: string;
}

export class DemoGoogleCalendar {
  private readonly seeds = new Map<string, { key: number; events: StoredGoogleEvent[] }>();
  private readonly failures: InjectedGoogleFailure[] = [];
  /** Requests that reached the Calendar router (failed ones included), per account e-mail. */
  readonly requests: string[] = [];
  /** Bumped when the calendar changes; page tokens of an older generation are stale (410). */
  generation = 1;
  /** While set, every request answers 503 backendError (Google down). */
  down = false;
  latencyMs = 0;

  constructor(private readonly now: () => number) {}

  events(account: DemoGoogleAccount): StoredGoogleEvent[] {
    const key = Math.floor(this.now() / 300_000);
    const seeded = this.seeds.get(account.sub);
    if (seeded && seeded.key === key) return seeded.events;
    const events = seedGoogleCalendar(account, this.now());
    this.seeds.set(account.sub, { key, events });
    return events;
  }

  failNext(...failures: InjectedGoogleFailure[]): void {
    this.failures.push(...failures);
  }

  takeFailure(): InjectedGoogleFailure | undefined {
    return this.failures.shift();
  }

  resetCounters(): void {
    this.requests.length = 0;
  }
}
