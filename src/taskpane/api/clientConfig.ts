import type { ClientConfig } from '../../shared/api';

/** The public sign-in settings the server hands out (no auth needed, nothing secret). */
export async function fetchClientConfig(fetchFn: typeof fetch, baseUrl = ''): Promise<ClientConfig> {
  const response = await fetchFn(`${baseUrl}/api/client-config`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`client-config answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<ClientConfig>;
  const { authMode, clientId, authority, apiScope } = body;
  if (
    (authMode !== 'demo' && authMode !== 'entra') ||
    typeof clientId !== 'string' ||
    typeof authority !== 'string' ||
    typeof apiScope !== 'string'
  ) {
    throw new Error('client-config is malformed');
  }
  return { authMode, clientId, authority, apiScope };
}
