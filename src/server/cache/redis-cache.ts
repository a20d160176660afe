import { createHash, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SingleFlight } from '../lib/single-flight';
import type { Sealed } from '../vault/crypto';
import { isUpstreamFailure, type CacheOptions, type CacheResult, type ResultsCache } from './cache';

export interface RedisCacheOptions extends CacheOptions {
  /** How long one server may hold a key's load lock. */
  lockMs?: number;
  /** How often a waiting server looks for the value another is loading. */
  pollMs?: number;
  keyPrefix?: string;
  sleep?: (ms: number) => Promise<void>;
}

// Deletes the lock only if it is still ours (a slow loader must not free someone else's lock).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const NONCE = 12;

/**
 * The results cache shared by several servers. Values stay sealed (the user's key is needed to
 * read them) and keys are hashes, so a dump shows neither meetings nor who they belong to. A miss
 * takes a lock with SET NX PX; the other servers wait for its value instead of calling upstream.
 * When Redis itself fails, requests go upstream uncached rather than fail.
 */
export class RedisResultsCache implements ResultsCache {
  private readonly flights = new SingleFlight<CacheResult<Sealed>>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.prefix = options.keyPrefix ?? 'upnext:cache:';
  }

  static connect(url: string, options: RedisCacheOptions): RedisResultsCache {
    const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 5_000, enableReadyCheck: true });
    redis.on('error', () => undefined); // reported through ping() and readiness, not as a crash
    return new RedisResultsCache(redis, options);
  }

  getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    const k = `${this.prefix}${digest(userScope)}:${digest(key)}`;
    return this.flights.run(k, () => this.fetch(k, load));
  }

  async forgetUser(userScope: string): Promise<void> {
    const pattern = `${this.prefix}${digest(userScope)}:*`;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 200);
      if (keys.length) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async fetch(k: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    const lockMs = this.options.lockMs ?? 15_000;
    const deadline = this.now() + lockMs;
    for (;;) {
      let entry: { storedAt: number; value: Sealed } | undefined;
      let locked: string | undefined;
      try {
        entry = decode(await this.redis.getBuffer(k));
        if (entry && this.now() - entry.storedAt < this.options.ttlMs) return { value: entry.value, stale: false };
        const token = randomUUID();
        if ((await this.redis.set(`${k}:lock`, token, 'PX', lockMs, 'NX')) === 'OK') locked = token;
      } catch {
        return { value: await load(), stale: false };
      }
      if (locked) return this.loadAndStore(k, locked, entry, load);
      if (this.now() > deadline) return { value: await load(), stale: false };
      await this.sleep(this.options.pollMs ?? 25);
    }
  }

  private async loadAndStore(k: string, token: string, entry: { storedAt: number; value: Sealed } | undefined, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    try {
      const value = await load();
      await this.redis.set(k, encode(this.now(), value), 'PX', this.options.ttlMs + this.options.staleMs).catch(() => undefined);
      return { value, stale: false };
    } catch (err) {
      const age = entry ? this.now() - entry.storedAt : Infinity;
      if (entry && age < this.options.ttlMs + this.options.staleMs && isUpstreamFailure(err)) return { value: entry.value, stale: true };
      throw err;
    } finally {
      await this.redis.eval(RELEASE, 1, `${k}:lock`, token).catch(() => undefined);
    }
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

function encode(storedAt: number, value: Sealed): Buffer {
  const head = Buffer.alloc(8);
  head.writeDoubleBE(storedAt);
  return Buffer.concat([head, value.nonce, value.ciphertext]);
}

function decode(raw: Buffer | null): { storedAt: number; value: Sealed } | undefined {
  if (!raw || raw.length < 8 + NONCE + 16) return undefined;
  return { storedAt: raw.readDoubleBE(0), value: { nonce: raw.subarray(8, 8 + NONCE), ciphertext: raw.subarray(8 + NONCE) } };
}
