import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal authorization server on 127.0.0.1:0 that checks what a real one checks:
 * PKCE S256, the redirect URI and client id per code, one use per code, rotating refresh tokens.
 */
export interface FakeAuthority {
  authority: string;
  /** What the user's browser would get back after signing in at `authorizeUrl`. */
  issueCode(authorizeUrl: string, options?: { nonce?: string }): string;
  tokenRequests: URLSearchParams[];
  /** Makes the next refresh answer `invalid_grant`. */
  revokeRefreshTokens(): void;
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export async function startFakeAuthority(): Promise<FakeAuthority> {
  const codes = new Map<string, { challenge: string; redirectUri: string; clientId: string; nonce: string }>();
  const refreshTokens = new Set<string>();
  const tokenRequests: URLSearchParams[] = [];
  let counter = 0;

  const tokens = (nonce?: string) => {
    counter += 1;
    const refresh = `refresh-${counter}-${randomBytes(8).toString('hex')}`;
    refreshTokens.add(refresh);
    const idToken = nonce === undefined ? undefined : `${b64url('{"alg":"none"}')}.${b64url(JSON.stringify({ nonce }))}.sig`;
    return { token_type: 'Bearer', access_token: `access-${counter}`, expires_in: 3600, refresh_token: refresh, id_token: idToken };
  };

  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/tenant/v2.0/.well-known/openid-configuration') {
      return send(200, {
        authorization_endpoint: `${base}/tenant/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/tenant/oauth2/v2.0/token`,
      });
    }
    if (req.method === 'POST' && req.url === '/tenant/oauth2/v2.0/token') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(raw);
        tokenRequests.push(form);
        if (form.get('grant_type') === 'authorization_code') {
          const grant = codes.get(form.get('code') ?? '');
          codes.delete(form.get('code') ?? '');
          const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
          if (!grant || grant.challenge !== challenge || grant.redirectUri !== form.get('redirect_uri') || grant.clientId !== form.get('client_id')) {
            return send(400, { error: 'invalid_grant' });
          }
          return send(200, tokens(grant.nonce));
        }
        if (form.get('grant_type') === 'refresh_token') {
          const presented = form.get('refresh_token') ?? '';
          if (!refreshTokens.delete(presented)) return send(400, { error: 'invalid_grant' });
          return send(200, tokens());
        }
        return send(400, { error: 'unsupported_grant_type' });
      });
      return;
    }
    send(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    authority: `${base}/tenant`,
    tokenRequests,
    issueCode(authorizeUrl, options = {}) {
      const url = new URL(authorizeUrl);
      const code = `code-${randomBytes(8).toString('hex')}`;
      codes.set(code, {
        challenge: url.searchParams.get('code_challenge') ?? '',
        redirectUri: url.searchParams.get('redirect_uri') ?? '',
        clientId: url.searchParams.get('client_id') ?? '',
        nonce: options.nonce ?? url.searchParams.get('nonce') ?? '',
      });
      return code;
    },
    revokeRefreshTokens: () => refreshTokens.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
