import type Database from 'better-sqlite3';
import { emptySignals, type GraphLimits, type GraphSignals, type GraphStore, type GraphUser, type SignalsQuery, type UserBatch } from './graph-store';

/** The graph store on the SQLite file (tables from migration 3). */
export class SqliteGraphStore implements GraphStore {
  constructor(private readonly db: Database.Database) {}

  async write(batches: readonly UserBatch[], limits: GraphLimits): Promise<void> {
    const insertItem = this.db.prepare('INSERT INTO graph_items (tid, oid, item_id, series_key, last_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
    const touchItem = this.db.prepare(
      'UPDATE graph_items SET last_at = MAX(last_at, ?), series_key = COALESCE(?, series_key) WHERE tid = ? AND oid = ? AND item_id = ?',
    );
    const edge = this.db.prepare(
      `INSERT INTO graph_edges (tid, oid, kind, target, count, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (tid, oid, kind, target) DO UPDATE SET count = graph_edges.count + excluded.count, last_at = MAX(graph_edges.last_at, excluded.last_at)`,
    );
    const trimEdges = this.db.prepare(
      `DELETE FROM graph_edges WHERE tid = ? AND oid = ? AND (kind, target) IN
         (SELECT kind, target FROM graph_edges WHERE tid = ? AND oid = ? ORDER BY last_at DESC, kind, target LIMIT -1 OFFSET ?)`,
    );
    const trimItems = this.db.prepare(
      `DELETE FROM graph_items WHERE tid = ? AND oid = ? AND item_id IN
         (SELECT item_id FROM graph_items WHERE tid = ? AND oid = ? ORDER BY last_at DESC, item_id LIMIT -1 OFFSET ?)`,
    );
    this.db.transaction(() => {
      for (const b of batches) {
        for (const item of b.items) {
          const fresh = insertItem.run(b.tid, b.oid, item.itemId, item.seriesKey ?? null, item.at).changes === 1;
          if (!fresh) touchItem.run(item.at, item.seriesKey ?? null, b.tid, b.oid, item.itemId);
          // A person counts once per meeting shared, however often that meeting is shown.
          if (fresh) for (const person of new Set(item.people)) edge.run(b.tid, b.oid, 'attends', person, 1, item.at, item.at);
        }
        for (const e of b.edges) edge.run(b.tid, b.oid, e.kind, e.target, e.count, e.at, e.at);
        trimEdges.run(b.tid, b.oid, b.tid, b.oid, limits.maxEdgesPerUser);
        trimItems.run(b.tid, b.oid, b.tid, b.oid, limits.maxEdgesPerUser);
      }
      this.pruneSync(limits.pruneBefore);
    }).immediate();
  }

  async signals(user: GraphUser, query: SignalsQuery): Promise<GraphSignals> {
    const out = emptySignals();
    const rows = (kind: string, targets: readonly string[]) =>
      chunks(targets).flatMap(
        (chunk) =>
          this.db
            .prepare(`SELECT target, count, last_at FROM graph_edges WHERE tid = ? AND oid = ? AND kind = ? AND target IN (${chunk.map(() => '?').join(',')})`)
            .all(user.tid, user.oid, kind, ...chunk) as Array<{ target: string; count: number; last_at: number }>,
      );
    for (const r of rows('saw', query.itemIds)) out.seen.set(r.target, { count: Number(r.count), lastAt: Number(r.last_at) });
    for (const r of rows('joined', query.itemIds)) out.joinedItems.set(r.target, { count: Number(r.count), lastAt: Number(r.last_at) });
    for (const r of rows('attends', query.personKeys)) out.people.set(r.target, { count: Number(r.count), lastAt: Number(r.last_at) });
    for (const chunk of chunks(query.seriesKeys)) {
      const series = this.db
        .prepare(
          `SELECT i.series_key AS series_key, SUM(e.count) AS count, MAX(e.last_at) AS last_at
             FROM graph_edges e JOIN graph_items i ON i.tid = e.tid AND i.oid = e.oid AND i.item_id = e.target
            WHERE e.tid = ? AND e.oid = ? AND e.kind = 'joined' AND i.series_key IN (${chunk.map(() => '?').join(',')})
            GROUP BY i.series_key`,
        )
        .all(user.tid, user.oid, ...chunk) as Array<{ series_key: string; count: number; last_at: number }>;
      for (const r of series) out.joinedSeries.set(r.series_key, { count: Number(r.count), lastAt: Number(r.last_at) });
    }
    return out;
  }

  async erase(user: GraphUser): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM graph_edges WHERE tid = ? AND oid = ?').run(user.tid, user.oid);
      this.db.prepare('DELETE FROM graph_items WHERE tid = ? AND oid = ?').run(user.tid, user.oid);
    }).immediate();
  }

  async prune(before: number): Promise<number> {
    return this.db.transaction(() => this.pruneSync(before)).immediate();
  }

  private pruneSync(before: number): number {
    const edges = this.db.prepare('DELETE FROM graph_edges WHERE last_at < ?').run(before).changes;
    this.db.prepare('DELETE FROM graph_items WHERE last_at < ?').run(before);
    return edges;
  }
}

/** SQLite allows 999 bound parameters in old builds; stay well under. */
function chunks(values: readonly string[], size = 500): string[][] {
  const unique = [...new Set(values)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += size) out.push(unique.slice(i, i + size));
  return out;
}
