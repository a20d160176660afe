import { AuthError } from '../errors';

export interface AuthorityMetadata {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

/** OpenID Connect discovery with Entra's layout: `<authority>/v2.0/.well-known/openid-configuration`. */
export async function discoverAuthority(fetchFn: typeof fetch, authority: string): Promise<AuthorityMetadata> {
  const url = `${authority.replace(/\/+$/, '')}/v2.0/.well-known/openid-configuration`;
  let body: Record<string, unknown>;
  try {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as Record<string, unknown>;
  } catch (cause) {
    throw new AuthError('network_error', 'The sign-in service cannot be reached.', { cause });
  }
  const endpoint = (name: string): string | undefined => {
    const value = body[name];
    if (typeof value !== 'string') return undefined;
    try {
      const parsed = new URL(value);
      return parsed.protocol === 'https:' || isLoopback(parsed.hostname) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const authorization = endpoint('authorization_endpoint');
  const token = endpoint('token_endpoint');
  if (!authorization || !token) {
    throw new AuthError('config_error', 'The sign-in service metadata is incomplete or not https.');
  }
  return { authorization_endpoint: authorization, token_endpoint: token, end_session_endpoint: endpoint('end_session_endpoint') };
}

/** Plain http is only acceptable for the demo authority on this machine. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
