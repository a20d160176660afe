import type { Pool, PoolClient } from 'pg';
import { emptySignals, type EdgeStat, type GraphLimits, type GraphSignals, type GraphStore, type GraphUser, type SignalsQuery, type UserBatch } from './graph-store';

/** The graph store on PostgreSQL (tables from migration 3); one transaction per flush. */
export class PostgresGraphStore implements GraphStore {
  constructor(private readonly pool: Pool) {}

  async write(batches: readonly UserBatch[], limits: GraphLimits): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const b of batches) {
        for (const item of b.items) {
          const inserted = await client.query(
            'INSERT INTO graph_items (tid, oid, item_id, series_key, last_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING item_id',
            [b.tid, b.oid, item.itemId, item.seriesKey ?? null, item.at],
          );
          if (inserted.rowCount === 1) {
            // A person counts once per meeting shared, however often that meeting is shown.
            for (const person of new Set(item.people)) await upsertEdge(client, b, 'attends', person, 1, item.at);
          } else {
            await client.query(
              'UPDATE graph_items SET last_at = GREATEST(last_at, $1), series_key = COALESCE($2, series_key) WHERE tid = $3 AND oid = $4 AND item_id = $5',
              [item.at, item.seriesKey ?? null, b.tid, b.oid, item.itemId],
            );
          }
        }
        for (const e of b.edges) await upsertEdge(client, b, e.kind, e.target, e.count, e.at);
        await client.query(
          `DELETE FROM graph_edges WHERE tid = $1 AND oid = $2 AND (kind, target) IN
             (SELECT kind, target FROM graph_edges WHERE tid = $1 AND oid = $2 ORDER BY last_at DESC, kind, target OFFSET $3)`,
          [b.tid, b.oid, limits.maxEdgesPerUser],
        );
        await client.query(
          `DELETE FROM graph_items WHERE tid = $1 AND oid = $2 AND item_id IN
             (SELECT item_id FROM graph_items WHERE tid = $1 AND oid = $2 ORDER BY last_at DESC, item_id OFFSET $3)`,
          [b.tid, b.oid, limits.maxEdgesPerUser],
        );
      }
      await client.query('DELETE FROM graph_edges WHERE last_at < $1', [limits.pruneBefore]);
      await client.query('DELETE FROM graph_items WHERE last_at < $1', [limits.pruneBefore]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async signals(user: GraphUser, query: SignalsQuery): Promise<GraphSignals> {
    const out = emptySignals();
    const edges = async (kind: string, targets: readonly string[], into: Map<string, EdgeStat>) => {
      if (targets.length === 0) return;
      const { rows } = await this.pool.query<{ target: string; count: string; last_at: string }>(
        'SELECT target, count, last_at FROM graph_edges WHERE tid = $1 AND oid = $2 AND kind = $3 AND target = ANY($4)',
        [user.tid, user.oid, kind, [...new Set(targets)]],
      );
      for (const r of rows) into.set(r.target, { count: Number(r.count), lastAt: Number(r.last_at) });
    };
    await Promise.all([
      edges('saw', query.itemIds, out.seen),
      edges('joined', query.itemIds, out.joinedItems),
      edges('attends', query.personKeys, out.people),
      (async () => {
        if (query.seriesKeys.length === 0) return;
        const { rows } = await this.pool.query<{ series_key: string; count: string; last_at: string }>(
          `SELECT i.series_key, SUM(e.count) AS count, MAX(e.last_at) AS last_at
             FROM graph_edges e JOIN graph_items i ON i.tid = e.tid AND i.oid = e.oid AND i.item_id = e.target
            WHERE e.tid = $1 AND e.oid = $2 AND e.kind = 'joined' AND i.series_key = ANY($3)
            GROUP BY i.series_key`,
          [user.tid, user.oid, [...new Set(query.seriesKeys)]],
        );
        for (const r of rows) out.joinedSeries.set(r.series_key, { count: Number(r.count), lastAt: Number(r.last_at) });
      })(),
    ]);
    return out;
  }

  async erase(user: GraphUser): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM graph_edges WHERE tid = $1 AND oid = $2', [user.tid, user.oid]);
      await client.query('DELETE FROM graph_items WHERE tid = $1 AND oid = $2', [user.tid, user.oid]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async prune(before: number): Promise<number> {
    const edges = await this.pool.query('DELETE FROM graph_edges WHERE last_at < $1', [before]);
    await this.pool.query('DELETE FROM graph_items WHERE last_at < $1', [before]);
    return edges.rowCount ?? 0;
  }
}


async function upsertEdge(client: PoolClient, user: GraphUser, kind: string, target: string, count: number, at: number): Promise<void> {
  await client.query(
    `INSERT INTO graph_edges (tid, oid, kind, target, count, first_at, last_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (tid, oid, kind, target) DO UPDATE SET count = graph_edges.count + excluded.count, last_at = GREATEST(graph_edges.last_at, excluded.last_at)`,
    [user.tid, user.oid, kind, target, count, at],
  );
}
