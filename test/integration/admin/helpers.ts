import { randomBytes } from 'node:crypto';
import type { TokenOverrides } from '../../../src/demo';
import type { Device } from '../../helpers/api-client';
import type { RunningApp } from '../../helpers/start-app';

/** A signed-in device whose token carries `overrides` (another tenant, extra roles, …). */
export async function deviceWith(app: RunningApp, oid: string, overrides: TokenOverrides = {}, userKey = randomBytes(32).toString('base64url')): Promise<Device> {
  const token = await app.demo!.authority.signUserToken(oid, overrides);
  const headers = { authorization: `Bearer ${token}`, 'x-user-key': userKey };
  return {
    token,
    userKey,
    headers,
    get: (path) => fetch(app.url + path, { headers }),
    send: (method, path, body) =>
      fetch(app.url + path, {
        method,
        headers: { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** A token of the same authority for a second tenant: its own tid and issuer. */
export function otherTenant(app: RunningApp, tid: string): TokenOverrides {
  return { tid, iss: `${app.config.authorityHost}/${tid}/v2.0` };
}

// The admin suites read many answer shapes; a caller names the one it expects, else it reads freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json<T = any>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
