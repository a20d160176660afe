/** The demo mailbox store and the controls tests use: injected failures, latency, request counts. */
import { DEMO_TENANT_ID, findDemoUser } from '../users';
import { seedCalendar } from './seed';
import type { GraphEvent, StoredEvent } from './types';

export type InjectedStatus = 429 | 503 | 504;

export interface GraphRequestRecord {
  method: string;
  path: string;
  oid?: string;
}

export class DemoCalendar {
  private readonly failures: Array<{ status: InjectedStatus; retryAfterSeconds: number }> = [];
  private readonly seeds = new Map<string, { key: number; events: StoredEvent[] }>();
  private count = 0;
  private log: GraphRequestRecord[] = [];
  private latency = 0;

  constructor(private readonly now: () => number) {}

  /** Requests that reached the Graph router (failed and throttled ones included). */
  get requestCount(): number {
    return this.count;
  }

  get requests(): ReadonlyArray<GraphRequestRecord> {
    return this.log;
  }

  record(entry: GraphRequestRecord): void {
    this.count += 1;
    this.log.push(entry);
    if (this.log.length > 1000) this.log = this.log.slice(-500);
  }

  resetCounters(): void {
    this.count = 0;
    this.log = [];
  }

  /** The next `times` authenticated requests answer `status` with `Retry-After: retryAfterSeconds`. */
  failNext(status: InjectedStatus, retryAfterSeconds: number, times = 1): void {
    if (![429, 503, 504].includes(status)) throw new TypeError('status must be 429, 503 or 504');
    if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) throw new TypeError('retryAfterSeconds must be a non-negative integer');
    for (let i = 0; i < times; i++) this.failures.push({ status, retryAfterSeconds });
  }

  takeFailure(): { status: InjectedStatus; retryAfterSeconds: number } | undefined {
    return this.failures.shift();
  }

  /** Delay every answer by `ms` (to make concurrent callers overlap in tests). */
  setLatency(ms: number): void {
    this.latency = Math.max(0, ms);
  }

  get latencyMs(): number {
    return this.latency;
  }

  /** The user's seeded events, in UTC, ordered by start (then id): the order `$orderby=start/dateTime` gives. */
  eventsFor(oid: string, now: number = this.now()): GraphEvent[] {
    return this.stored(oid, now).map((s) => structuredClone(s.event));
  }

  stored(oid: string, now: number = this.now()): StoredEvent[] {
    const user = findDemoUser(oid);
    if (!user) return [];
    // The seed only changes when the 5-minute "now" slot does; keep one per user.
    const key = Math.floor(now / 300_000);
    const hit = this.seeds.get(oid);
    if (hit && hit.key === key) return hit.events;
    const events = seedCalendar(user, DEMO_TENANT_ID, now);
    this.seeds.set(oid, { key, events });
    return events;
  }
}
