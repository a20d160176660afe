import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, } from 'jose';

/** A minimal JWKS host on 127.0.0.1 for verifier unit tests, with a signer for crafted tokens. */
export interface FakeAuthority {
  host: string;
  publicJwk: JWK;
  privateKey: CryptoKey;
  jwksRequests: number;
  sign(claims: Record<string, unknown>, options?: { kid?: string; key?: CryptoKey; alg?: string; expiresIn?: string | number }): Promise<string>;
  close(): Promise<void>;
}

export async function startFakeAuthority(): Promise<FakeAuthority> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const state = { jwksRequests: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url === '/common/discovery/v2.0/keys') {
      state.jwksRequests++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    publicJwk,
    privateKey,
    get jwksRequests() {
      return state.jwksRequests;
    },
    async sign(claims, options = {}) {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'test-key-1', typ: 'JWT' })
        .setIssuedAt();
      if (claims.nbf === undefined) jwt.setNotBefore('0s');
      if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
      else if (claims.exp === undefined) jwt.setExpirationTime('1h');
      return jwt.sign(options.key ?? privateKey);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  } as FakeAuthority;
}

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const OTHER_TENANT = '99999999-2222-4333-8444-555555555555';
export const USER_OID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const CLIENT_ID = '6f1c1e1a-4f0b-4b8e-9a57-2d0c2c7a9e11';
