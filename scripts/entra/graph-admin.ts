import { ADMIN_ROLE, applicationIdUri, entraApplication, type RegistrationInputs } from './registration';

/** The few Graph calls `register:entra --apply` makes, with the admin's token in the header only. */
export interface ApplyOptions {
  graphBaseUrl: string;
  token: string;
  inputs: RegistrationInputs;
  /** Add a client secret (always for a new registration). */
  newSecret: boolean;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface Applied {
  clientId: string;
  objectId: string;
  created: boolean;
  /** The new client secret's value, shown once: it goes into AZURE_CLIENT_SECRET. */
  secret?: string;
  secretExpires?: string;
}

export class GraphAdminError extends Error {
  constructor(
    readonly status: number,
    readonly step: string,
    graphCode: string | undefined,
  ) {
    super(`Microsoft Graph refused ${step} (${status}${graphCode ? ` ${graphCode}` : ''}).`);
    this.name = 'GraphAdminError';
  }
}

const SECRET_LIFETIME_DAYS = 180;

interface ExistingApplication {
  id: string;
  appId: string;
  api?: { oauth2PermissionScopes?: Array<{ id: string; value: string }> };
  appRoles?: Array<{ id: string; value: string }>;
}

export async function applyRegistration(options: ApplyOptions): Promise<Applied> {
  const call = graphCaller(options);
  const { inputs } = options;
  let app: ExistingApplication | undefined;
  if (inputs.clientId) {
    app = await call<ExistingApplication>('GET', `/applications(appId='${inputs.clientId}')?$select=id,appId,api,appRoles`, undefined, 'reading the registration');
  }
  const created = !app;
  const body = entraApplication(inputs, {
    scopeId: app?.api?.oauth2PermissionScopes?.find((s) => s.value === 'access_as_user')?.id,
    roleId: app?.appRoles?.find((r) => r.value === ADMIN_ROLE)?.id,
  });
  // The Application ID URI embeds the client id, and pre-authorising a client needs the scope to
  // exist already: both go in a second write once the registration is there.
  const api = body.api as Record<string, unknown>;
  const rest: Record<string, unknown> = { ...body };
  delete rest.identifierUris;
  const firstApi = { ...api, preAuthorizedApplications: [] };
  if (app) await call('PATCH', `/applications/${app.id}`, { ...rest, api: firstApi }, 'updating the registration');
  else app = await call<ExistingApplication>('POST', '/applications', { ...rest, api: firstApi }, 'creating the registration');
  await call('PATCH', `/applications/${app.id}`, { identifierUris: [applicationIdUri(inputs.publicUrl, app.appId)], api }, 'setting the Application ID URI and pre-authorised clients');

  // The enterprise application: what admin consent and role assignment (Upnext.Admin) attach to.
  const sp = await call<{ value: unknown[] }>('GET', `/servicePrincipals?$filter=appId eq '${app.appId}'&$select=id`, undefined, 'looking up the enterprise application');
  if (sp.value.length === 0) await call('POST', '/servicePrincipals', { appId: app.appId }, 'creating the enterprise application');

  const result: Applied = { clientId: app.appId, objectId: app.id, created };
  if (created || options.newSecret) {
    const now = options.now ?? Date.now;
    const end = new Date(now() + SECRET_LIFETIME_DAYS * 86_400_000).toISOString();
    const secret = await call<{ secretText: string; endDateTime: string }>(
      'POST',
      `/applications/${app.id}/addPassword`,
      { passwordCredential: { displayName: 'Upnext server', endDateTime: end } },
      'adding a client secret',
    );
    result.secret = secret.secretText;
    result.secretExpires = secret.endDateTime;
  }
  return result;
}

function graphCaller(options: ApplyOptions) {
  const doFetch = options.fetch ?? fetch;
  const base = options.graphBaseUrl.replace(/\/+$/, '');
  return async <T = unknown>(method: string, path: string, body: unknown, step: string): Promise<T> => {
    const res = await doFetch(base + path, {
      method,
      headers: { authorization: `Bearer ${options.token}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 404 && method === 'GET' && path.startsWith('/applications(')) return undefined as T;
    if (!res.ok) {
      const error = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
      throw new GraphAdminError(res.status, step, error.error?.code);
    }
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}

