/** Entra v2 scope strings: OIDC scopes plus permissions of exactly one resource (API or Graph). */

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const API_PERMISSION = 'access_as_user';
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/** Permissions the Upnext registration declares on Graph: what `.default` and admin consent cover. */
export const DECLARED_GRAPH_PERMISSIONS = ['User.Read', 'Calendars.Read', 'Calendars.ReadBasic', 'MailboxSettings.Read'] as const;
const KNOWN_GRAPH_PERMISSIONS = new Set<string>([
  ...DECLARED_GRAPH_PERMISSIONS,
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'User.ReadBasic.All',
  'People.Read',
  'Mail.Read',
  'MailboxSettings.ReadWrite',
]);

export type ScopeResource = 'api' | 'graph';

export interface ParsedScopes {
  resource: ScopeResource;
  /** Permission names without the resource prefix, e.g. `Calendars.Read`, `access_as_user`. */
  permissions: string[];
  oidc: Set<string>;
}

export type ScopeError =
  | { kind: 'multiple_resources'; scope: string }
  | { kind: 'unknown_resource'; resource: string }
  | { kind: 'unknown_permission'; scope: string };

export function parseScopes(raw: string, clientId: string): ParsedScopes | ScopeError {
  const oidc = new Set<string>();
  let resource: ScopeResource | undefined;
  const permissions = new Set<string>();
  for (const scope of raw.split(/\s+/).filter(Boolean)) {
    if ((OIDC_SCOPES as readonly string[]).includes(scope)) {
      oidc.add(scope);
      continue;
    }
    const slash = scope.lastIndexOf('/');
    // Entra treats an unqualified permission as a Graph permission.
    const prefix = slash < 0 ? GRAPH_RESOURCE : scope.slice(0, slash);
    const permission = slash < 0 ? scope : scope.slice(slash + 1);
    const target = resourceOf(prefix, clientId);
    if (!target) return { kind: 'unknown_resource', resource: prefix };
    if (resource && resource !== target) return { kind: 'multiple_resources', scope };
    resource = target;
    if (permission === '.default') {
      const all = target === 'graph' ? DECLARED_GRAPH_PERMISSIONS : [API_PERMISSION];
      all.forEach((p) => permissions.add(p));
    } else if (target === 'api' ? permission === API_PERMISSION : KNOWN_GRAPH_PERMISSIONS.has(permission)) {
      permissions.add(permission);
    } else {
      return { kind: 'unknown_permission', scope };
    }
  }
  // Only OIDC scopes: Entra issues a Graph token for User.Read.
  if (!resource) return { resource: 'graph', permissions: ['User.Read'], oidc };
  return { resource, permissions: [...permissions], oidc };
}

function resourceOf(prefix: string, clientId: string): ScopeResource | undefined {
  const p = prefix.toLowerCase();
  if (p === GRAPH_RESOURCE || p === GRAPH_APP_ID) return 'graph';
  const id = clientId.toLowerCase();
  if (p === id || p === `api://${id}`) return 'api';
  if (p.startsWith('api://') && p.endsWith(`/${id}`) && !p.slice(6, -id.length - 1).includes('/')) return 'api';
  return undefined;
}

/** The `scope` value of a token response: resource-qualified permissions, as Entra writes them. */
export function responseScope(parsed: Pick<ParsedScopes, 'resource' | 'permissions'>, apiResourceId: string): string {
  const prefix = parsed.resource === 'graph' ? GRAPH_RESOURCE : apiResourceId;
  return parsed.permissions.map((p) => `${prefix}/${p}`).join(' ');
}

export function isScopeError(v: ParsedScopes | ScopeError): v is ScopeError {
  return 'kind' in v;
}
