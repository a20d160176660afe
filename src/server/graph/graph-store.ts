/**
 * The graph store (brief §2): who saw, joined and meets what, by opaque ids and keyed hashes only.
 * No title, body, location or address is ever written here. Nodes: the user (tid + oid), items
 * (the opaque meeting id, with the keyed series key every occurrence of a recurring meeting
 * shares) and people (keyed hash of the lower-cased e-mail address). Edges carry a count and the
 * last time.
 */

export type EdgeKind = 'saw' | 'joined' | 'attends';

export interface GraphUser {
  tid: string;
  oid: string;
  /** The user's own address: never a person of their graph (they attend every meeting). */
  username?: string;
}

/** An item the user was shown (or joined), with what it links to. */
export interface ItemWrite {
  itemId: string;
  seriesKey?: string;
  /** Person keys of its organizer and attendees: `attends` grows once per item, not per view. */
  people: readonly string[];
  at: number;
}

export interface EdgeWrite {
  kind: Exclude<EdgeKind, 'attends'>;
  /** The item id. */
  target: string;
  count: number;
  at: number;
}

/** One user's share of a flush, already aggregated by the recorder. */
export interface UserBatch extends GraphUser {
  items: readonly ItemWrite[];
  edges: readonly EdgeWrite[];
}

export interface GraphLimits {
  /** Edges kept per user (newest by last time); items likewise. */
  maxEdgesPerUser: number;
  /** Edges and items last touched before this instant are pruned. */
  pruneBefore: number;
}

export interface EdgeStat {
  count: number;
  lastAt: number;
}

/** What ranking asks of the graph for one user's candidates. */
export interface SignalsQuery {
  itemIds: readonly string[];
  seriesKeys: readonly string[];
  personKeys: readonly string[];
}

export interface GraphSignals {
  /** Joins per series key (any occurrence of the series). */
  joinedSeries: Map<string, EdgeStat>;
  /** Joins per item id. */
  joinedItems: Map<string, EdgeStat>;
  /** Views per item id. */
  seen: Map<string, EdgeStat>;
  /** Meetings shared with each person key. */
  people: Map<string, EdgeStat>;
}

export interface GraphStore {
  /** Applies a flush: items upserted, edges counted, then each user's share bounded and pruned. */
  write(batches: readonly UserBatch[], limits: GraphLimits): Promise<void>;
  signals(user: GraphUser, query: SignalsQuery): Promise<GraphSignals>;
  /** Erases every node and edge of the user. */
  erase(user: GraphUser): Promise<void>;
  /** Drops edges and items of every user last touched before `before`; returns how many edges. */
  prune(before: number): Promise<number>;
}

export function emptySignals(): GraphSignals {
  return { joinedSeries: new Map(), joinedItems: new Map(), seen: new Map(), people: new Map() };
}
