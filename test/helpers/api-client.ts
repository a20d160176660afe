import { randomBytes } from 'node:crypto';
import type { RunningApp } from './start-app';

/** A signed-in device: the user's API token and this device's user key, as a pane would send them. */
export interface Device {
  token: string;
  userKey: string;
  headers: Record<string, string>;
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown): Promise<Response>;
}

export async function signedInDevice(app: RunningApp, oid: string, userKey = randomBytes(32).toString('base64url')): Promise<Device> {
  const token = await app.demo!.authority.signUserToken(oid);
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

/** The error code of an error answer, after checking the envelope's shape. */
export async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; requestId?: unknown } };
  if (!body.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string' || typeof body.error.requestId !== 'string') {
    throw new Error(`not an error envelope: ${JSON.stringify(body)}`);
  }
  return body.error.code;
}
