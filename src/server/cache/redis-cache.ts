import { createHash, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { SingleFlight } from '../lib/single-flight';
import type { Sealed } from '../vault/crypto';
import { CacheUnavailableError, isUpstreamFailure, type CacheOptions, type CacheResult, type ResultsCache } from './cache';

export interface RedisCacheOptions extends CacheOptions {
  /** How long one server may hold a key's load lock. */
  lockMs?: number;
  /** How often a waiting server looks for the value another is loading. */
  pollMs?: number;
  keyPrefix?: string;
  sleep?: (ms: number) => Promise<void>;
  /** A Redis command that takes longer than this counts as Redis failing (see fallback-cache.ts). */
  commandTimeoutMs?: number;
  /** Redis failed after the load already ran (the value could not be stored). */
  onFailure?: (err: unknown) => void;
}

// Deletes the lock only if it is still ours (a slow loader must not free someone else's lock).
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
// One round trip: the user's generation, and the value stored under it.
const READ = "local g = redis.call('get', KEYS[1]) or '0' return {g, redis.call('get', ARGV[1] .. g .. ARGV[2])}";
// Stores only while the generation is the one the load started under (no forget in between).
const STORE = "if (redis.call('get', KEYS[1]) or '0') == ARGV[1] then redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3]) return 1 end return 0";

const NONCE = 12;

interface Entry {
  storedAt: number;
  value: Sealed;
}

type ScriptedRedis = Redis & {
  upnextReadBuffer(genKey: string, head: string, tail: string): Promise<[Buffer, Buffer | undefined]>;
  upnextStore(genKey: string, key: string, gen: string, value: Buffer, px: number): Promise<number>;
};

/**
 * The results cache shared by several servers. Values stay sealed (the user's key is needed to
 * read them) and keys are hashes, so a dump shows neither meetings nor who they belong to. A miss
 * takes a lock with SET NX PX; the other servers wait for its value instead of calling upstream.
 * Each user has a generation (`forgetUser` increments it); values live under their generation and
 * are stored only if it has not moved, so a load started before a disconnect never stores. When
 * Redis itself fails, `CacheUnavailableError` says so before anything went upstream.
 */
export class RedisResultsCache implements ResultsCache {
  private readonly flights = new SingleFlight<CacheResult<Sealed>>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly prefix: string;
  /** This server's own forgets, so a request after one never joins a flight started before it. */
  private readonly localGenerations = new Map<string, number>();
  private readonly redis: ScriptedRedis;

  constructor(
    redis: Redis,
    private readonly options: RedisCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.prefix = options.keyPrefix ?? 'upnext:cache:';
    if (!('upnextRead' in redis)) {
      redis.defineCommand('upnextRead', { numberOfKeys: 1, lua: READ });
      redis.defineCommand('upnextStore', { numberOfKeys: 2, lua: STORE });
    }
    this.redis = redis as ScriptedRedis;
  }

  static connect(url: string, options: RedisCacheOptions): RedisResultsCache {
    const redis = new Redis(url, {
      // Fail fast while Redis is away: the circuit breaker then serves from the fallback.
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      enableReadyCheck: true,
    });
    redis.on('error', () => undefined); // reported through the breaker and readiness, not as a crash
    return new RedisResultsCache(redis, options);
  }

  getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    const user = digest(userScope);
    const flight = `${user}:${this.localGenerations.get(user) ?? 0}:${digest(key)}`;
    return this.flights.run(flight, () => this.fetch(user, digest(key), load));
  }

  async forgetUser(userScope: string): Promise<void> {
    const user = digest(userScope);
    this.localGenerations.set(user, (this.localGenerations.get(user) ?? 0) + 1);
    const genKey = this.genKey(user);
    try {
      // Old generations' values simply expire; the generation outlives every one of them.
      await this.redis.multi().incr(genKey).pexpire(genKey, this.entryLifeMs() + this.lockMs()).exec();
    } catch (err) {
      throw new CacheUnavailableError(err);
    }
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async readiness(): Promise<'ok' | 'failing'> {
    try {
      await this.redis.ping();
      return 'ok';
    } catch {
      return 'failing';
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async fetch(user: string, keyDigest: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    const lockMs = this.lockMs();
    const deadline = this.now() + lockMs;
    for (;;) {
      let read: { gen: string; entry?: Entry };
      let locked: string | undefined;
      try {
        read = await this.read(user, keyDigest);
        if (this.isFresh(read.entry)) return { value: read.entry!.value, stale: false };
        const token = randomUUID();
        if ((await this.redis.set(this.lockKey(user, read.gen, keyDigest), token, 'PX', lockMs, 'NX')) === 'OK') {
          // The lock may have come free because a peer just stored the value: look again.
          const again = await this.read(user, keyDigest);
          if (again.gen === read.gen && this.isFresh(again.entry)) {
            await this.release(user, read.gen, keyDigest, token);
            return { value: again.entry!.value, stale: false };
          }
          if (again.gen === read.gen) locked = token;
          else await this.release(user, read.gen, keyDigest, token);
        }
      } catch (err) {
        throw new CacheUnavailableError(err);
      }
      if (locked) return this.loadAndStore(user, read.gen, keyDigest, locked, read.entry, load);
      if (this.now() > deadline) return { value: await load(), stale: false };
      await this.sleep(this.options.pollMs ?? 25);
    }
  }

  private async loadAndStore(user: string, gen: string, keyDigest: string, token: string, entry: Entry | undefined, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    try {
      const value = await load();
      await this.redis
        .upnextStore(this.genKey(user), this.valueKey(user, gen, keyDigest), gen, encode(this.now(), value), this.entryLifeMs())
        .catch((err: unknown) => this.options.onFailure?.(err));
      return { value, stale: false };
    } catch (err) {
      const age = entry ? this.now() - entry.storedAt : Infinity;
      if (entry && age < this.entryLifeMs() && isUpstreamFailure(err)) return { value: entry.value, stale: true };
      throw err;
    } finally {
      await this.release(user, gen, keyDigest, token).catch(() => undefined);
    }
  }

  private async read(user: string, keyDigest: string): Promise<{ gen: string; entry?: Entry }> {
    const [gen, raw] = await this.redis.upnextReadBuffer(this.genKey(user), `${this.prefix}${user}:`, `:${keyDigest}`);
    return { gen: gen.toString(), entry: decode(raw ?? null) };
  }

  private release(user: string, gen: string, keyDigest: string, token: string): Promise<unknown> {
    return this.redis.eval(RELEASE, 1, this.lockKey(user, gen, keyDigest), token);
  }

  private isFresh(entry: Entry | undefined): boolean {
    return entry !== undefined && this.now() - entry.storedAt < this.options.ttlMs;
  }

  private entryLifeMs(): number {
    return this.options.ttlMs + this.options.staleMs;
  }

  private lockMs(): number {
    return this.options.lockMs ?? 15_000;
  }

  private genKey(user: string): string {
    return `${this.prefix}${user}:gen`;
  }

  private valueKey(user: string, gen: string, keyDigest: string): string {
    return `${this.prefix}${user}:${gen}:${keyDigest}`;
  }

  private lockKey(user: string, gen: string, keyDigest: string): string {
    return `${this.valueKey(user, gen, keyDigest)}:lock`;
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

function decode(raw: Buffer | null): Entry | undefined {
  if (!raw || raw.length < 8 + NONCE + 16) return undefined;
  return { storedAt: raw.readDoubleBE(0), value: { nonce: raw.subarray(8, 8 + NONCE), ciphertext: raw.subarray(8 + NONCE) } };
}
