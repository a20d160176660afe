import { AppError } from '../errors/app-error';
import type { Store } from './store';

/** Seconds a client is told to wait when the database fails; PostgreSQL restarts take about that. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** The answer to any failed database call: 503 `provider_unavailable`, Retry-After, the cause kept for the log. */
export class StoreUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('provider_unavailable', 'Upnext’s database is unavailable; try again shortly.', { cause, status: 503, retryAfterSeconds: STORE_RETRY_AFTER_SECONDS });
  }
}

export function storeUnavailable(cause: unknown): AppError {
  return new StoreUnavailableError(cause);
}

/**
 * The one seam where store failures (ECONNREFUSED, a terminated connection, SQLITE_BUSY, …) become
 * 503 `provider_unavailable` with Retry-After, for every method of the store, its vault, its graph and its admin store. Routes
 * and services need no try/catch of their own, and the results cache can serve stale-if-error,
 * since that code is an upstream failure to it.
 */
export function guardStore<T extends Store>(store: T, onFailure: (err: unknown) => void = () => undefined): T {
  return guard(store, onFailure, new WeakMap());
}

function guard<T extends object>(target: T, onFailure: (err: unknown) => void, seen: WeakMap<object, unknown>): T {
  const done = seen.get(target);
  if (done) return done as T;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if ((prop === 'vault' || prop === 'graph' || prop === 'admin') && value && typeof value === 'object') return guard(value as object, onFailure, seen);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        } catch (err) {
          throw translate(err, onFailure);
        }
        return result instanceof Promise ? result.catch((err: unknown) => Promise.reject(translate(err, onFailure))) : result;
      };
    },
  });
  seen.set(target, proxy);
  return proxy;
}

function translate(err: unknown, onFailure: (err: unknown) => void): unknown {
  if (err instanceof AppError) return err;
  onFailure(err);
  return storeUnavailable(err);
}
