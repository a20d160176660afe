import type { GraphKeys } from './graph-keys';
import type { EdgeWrite, GraphStore, GraphUser, ItemWrite, UserBatch } from './graph-store';

const DAY = 86_400_000;

/** What a list or a search tells the graph about one meeting it returned. */
export interface SeenMeeting {
  /** The opaque meeting id. */
  id: string;
  provider: string;
  /** The provider's series master id or iCalUId; hashed here, never stored. */
  seriesId?: string;
  /** Organizer and attendee e-mail addresses; hashed here, never stored. */
  emails: readonly string[];
}

export interface GraphRecorderOptions {
  /** How often pending writes go to the store. */
  flushMs?: number;
  /** Pending items + edges held at most; beyond it new records are dropped (and counted). */
  maxPending?: number;
  maxEdgesPerUser?: number;
  /** Edges not touched for this long are pruned (180 days). */
  retentionMs?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

interface Pending {
  user: GraphUser;
  items: Map<string, ItemWrite>;
  edges: Map<string, EdgeWrite>;
}

/**
 * Records saw/joined/attends off the request path: calls only update a bounded in-memory batch,
 * which a timer writes to the store in one transaction. Keys are hashed as soon as they arrive.
 */
export class GraphRecorder {
  private pending = new Map<string, Pending>();
  private size = 0;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;
  private readonly opts: Required<Omit<GraphRecorderOptions, 'onError'>> & Pick<GraphRecorderOptions, 'onError'>;
  /** Records dropped because the batch was full (the store is slow or gone). */
  dropped = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly keys: GraphKeys,
    options: GraphRecorderOptions = {},
  ) {
    this.opts = {
      flushMs: options.flushMs ?? 2_000,
      maxPending: options.maxPending ?? 20_000,
      maxEdgesPerUser: options.maxEdgesPerUser ?? 2_000,
      retentionMs: options.retentionMs ?? 180 * DAY,
      now: options.now ?? Date.now,
      onError: options.onError,
    };
    this.timer = setInterval(() => void this.flush(), this.opts.flushMs);
    this.timer.unref();
  }

  /** The meetings a list or a search returned to the user. */
  saw(user: GraphUser, meetings: readonly SeenMeeting[]): void {
    const at = this.opts.now();
    for (const m of meetings) {
      const people = [...new Set(m.emails.filter((e) => isOther(user, e)).map((e) => this.keys.person(user.tid, e)))];
      this.item(user, { itemId: m.id, seriesKey: m.seriesId ? this.keys.series(user.tid, m.provider, m.seriesId) : undefined, people, at });
      this.edge(user, { kind: 'saw', target: m.id, count: 1, at });
    }
  }

  /** Meetings shown again (a cached answer): counted as seen, their links were recorded the first time. */
  sawIds(user: GraphUser, itemIds: readonly string[]): void {
    const at = this.opts.now();
    for (const id of itemIds) {
      this.item(user, { itemId: id, people: [], at });
      this.edge(user, { kind: 'saw', target: id, count: 1, at });
    }
  }

  /** The user joined the meeting with this opaque id (Join or Open in app). */
  joined(user: GraphUser, itemId: string): void {
    const at = this.opts.now();
    this.item(user, { itemId, people: [], at });
    this.edge(user, { kind: 'joined', target: itemId, count: 1, at });
  }

  /** Writes what is pending now; resolves when it is stored (errors go to `onError`). */
  flush(): Promise<void> {
    this.inFlight = this.inFlight.then(() => this.writePending());
    return this.inFlight;
  }

  /** Forgets the user's pending records, waits for a write in flight, then erases what is stored. */
  async erase(user: GraphUser): Promise<void> {
    const pending = this.pending.get(userKey(user));
    if (pending) {
      this.size -= pending.items.size + pending.edges.size;
      this.pending.delete(userKey(user));
    }
    await this.inFlight;
    await this.store.erase(user);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batches: UserBatch[] = [...this.pending.values()].map((p) => ({ ...p.user, items: [...p.items.values()], edges: [...p.edges.values()] }));
    this.pending = new Map();
    this.size = 0;
    try {
      await this.store.write(batches, { maxEdgesPerUser: this.opts.maxEdgesPerUser, pruneBefore: this.opts.now() - this.opts.retentionMs });
    } catch (err) {
      // Ranking signals are a nicety: a lost batch costs a little ranking, never a request.
      this.opts.onError?.(err);
    }
  }

  private bucket(user: GraphUser): Pending {
    const key = userKey(user);
    let p = this.pending.get(key);
    if (!p) {
      p = { user: { tid: user.tid, oid: user.oid }, items: new Map(), edges: new Map() };
      this.pending.set(key, p);
    }
    return p;
  }

  private item(user: GraphUser, item: ItemWrite): void {
    const p = this.bucket(user);
    const had = p.items.get(item.itemId);
    if (had) {
      p.items.set(item.itemId, { ...had, at: Math.max(had.at, item.at), seriesKey: item.seriesKey ?? had.seriesKey, people: [...new Set([...had.people, ...item.people])] });
    } else if (this.size < this.opts.maxPending) {
      p.items.set(item.itemId, item);
      this.size++;
    } else this.dropped++;
  }

  private edge(user: GraphUser, edge: EdgeWrite): void {
    const p = this.bucket(user);
    const key = `${edge.kind}\0${edge.target}`;
    const had = p.edges.get(key);
    if (had) p.edges.set(key, { ...had, count: had.count + edge.count, at: Math.max(had.at, edge.at) });
    else if (this.size < this.opts.maxPending) {
      p.edges.set(key, edge);
      this.size++;
    } else this.dropped++;
  }
}

/** An address of someone else than the user. */
export function isOther(user: GraphUser, email: string | undefined): email is string {
  return Boolean(email?.includes('@')) && email!.trim().toLowerCase() !== user.username?.trim().toLowerCase();
}

function userKey(user: GraphUser): string {
  return `${user.tid}\0${user.oid}`;
}
