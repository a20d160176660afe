import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { registerEntra } from '../../scripts/entra/cli';
import { ADMIN_ROLE_ID, GRAPH_DELEGATED, PREAUTHORIZED_CLIENTS } from '../../scripts/entra/registration';
import { resolveInputs } from '../../scripts/manifests/inputs';
import { renderOutlookManifest, renderTeamsManifest } from '../../scripts/manifests/render';

const REPO = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(REPO, 'test', 'vectors', 'graph', 'application.schema.json'), 'utf8')) as object;
const validateApplication = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const setup = readFileSync(join(REPO, 'docs', 'SETUP.md'), 'utf8');
const CLIENT_ID = '0b5d2c3e-9f41-4c7a-8e6b-1d2f3a4b5c6d';
const PUBLIC_URL = 'https://upnext.contoso.com';

interface Application {
  identifierUris: string[];
  signInAudience: string;
  api: { requestedAccessTokenVersion: number; oauth2PermissionScopes: Array<{ id: string; value: string }>; preAuthorizedApplications: Array<{ appId: string; delegatedPermissionIds: string[] }> };
  appRoles: Array<{ id: string; value: string }>;
  spa: { redirectUris: string[] };
  web: { redirectUris: string[] };
  requiredResourceAccess: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}, fetchImpl?: typeof fetch) {
  let out = '';
  let err = '';
  const code = await registerEntra(argv, env, { out: (t) => (out += t), err: (t) => (err += t) }, fetchImpl);
  return { code, out, err };
}

describe('npm run register:entra (print)', () => {
  let app: Application;
  beforeAll(async () => {
    const { code, out } = await run([`--public-url=${PUBLIC_URL}`, `--client-id=${CLIENT_ID}`]);
    expect(code).toBe(0);
    app = JSON.parse(out) as Application;
  });

  it('prints an application that the recorded Graph v1.0 schema accepts', () => {
    expect(validateApplication(app)).toBe(true);
    expect(validateApplication.errors ?? []).toEqual([]);
  });

  it('the schema check refuses what Graph refuses: a read-only id, an unknown permission type', () => {
    expect(validateApplication({ ...app, appId: CLIENT_ID })).toBe(false);
    const wrongType = { ...app, requiredResourceAccess: [{ resourceAppId: app.requiredResourceAccess[0]!.resourceAppId, resourceAccess: [{ id: GRAPH_DELEGATED.openid, type: 'Delegated' }] }] };
    expect(validateApplication(wrongType)).toBe(false);
  });

  it('exposes access_as_user for api://<host>/<client id>, the resource both manifests request', () => {
    const inputs = resolveInputs({ publicUrl: PUBLIC_URL, clientId: CLIENT_ID }, {});
    const teams = JSON.parse(renderTeamsManifest(inputs)) as { webApplicationInfo: { resource: string; nestedAppAuthInfo: Array<{ redirectUri: string }> } };
    expect(app.identifierUris).toEqual([teams.webApplicationInfo.resource]);
    expect(renderOutlookManifest(inputs)).toContain(`<Resource>${app.identifierUris[0]}</Resource>`);
    expect(app.api.oauth2PermissionScopes.map((s) => s.value)).toEqual(['access_as_user']);
    expect(app.api.requestedAccessTokenVersion).toBe(2);
    expect(app.spa.redirectUris).toContain(teams.webApplicationInfo.nestedAppAuthInfo[0]!.redirectUri);
  });

  it('pre-authorises exactly the Office and Teams clients docs/SETUP.md lists, for that scope', () => {
    const listed = [...setup.matchAll(/^\s*\| `([0-9a-f-]{36})` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(PREAUTHORIZED_CLIENTS.map((c) => c.appId).sort());
    const scopeId = app.api.oauth2PermissionScopes[0]!.id;
    expect(app.api.preAuthorizedApplications).toEqual(PREAUTHORIZED_CLIENTS.map((c) => ({ appId: c.appId, delegatedPermissionIds: [scopeId] })));
  });

  it('has the redirect URIs, app role and Graph permissions docs/SETUP.md names', () => {
    expect(app.spa.redirectUris).toEqual([`${PUBLIC_URL}/taskpane.html`, `${PUBLIC_URL}/console.html`, 'brk-multihub://upnext.contoso.com']);
    expect(app.web.redirectUris).toEqual([`${PUBLIC_URL}/auth-end.html`]);
    for (const uri of ['https://<host>/taskpane.html', 'https://<host>/console.html', 'brk-multihub://<host>', 'https://<host>/auth-end.html']) expect(setup).toContain(uri);
    expect(app.appRoles.map((r) => r.value)).toEqual(['Upnext.Admin']);
    expect(setup).toContain('Upnext.Admin');
    expect(app.requiredResourceAccess).toEqual([
      { resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: Object.values(GRAPH_DELEGATED).map((id) => ({ id, type: 'Scope' })) },
    ]);
    for (const permission of Object.keys(GRAPH_DELEGATED)) expect(setup).toContain(`\`${permission}\``);
    expect(setup).toContain('npm run register:entra -- --public-url=https://<host>');
  });

  it('one organisation by default, any with --multi-tenant; the client id is a placeholder until it exists', async () => {
    expect(app.signInAudience).toBe('AzureADMyOrg');
    const multi = await run([`--public-url=${PUBLIC_URL}`, '--multi-tenant']);
    const printed = JSON.parse(multi.out) as Application;
    expect(printed.signInAudience).toBe('AzureADMultipleOrgs');
    expect(printed.identifierUris).toEqual(['api://upnext.contoso.com/{appId}']);
    expect(multi.err).toContain('{appId}');
  });

  it.each([
    [['--public-url=http://upnext.contoso.com'], 'must be https'],
    [['--public-url=https://upnext.contoso.com/app'], 'origin'],
    [[`--public-url=${PUBLIC_URL}`, '--client-id=nope'], 'GUID'],
    [[`--public-url=${PUBLIC_URL}`, '--token=eyJ'], 'GRAPH_ADMIN_TOKEN'],
    [[], '--public-url is required'],
  ])('refuses %j', async (argv, message) => {
    const { code, err, out } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});

describe('npm run register:entra --apply', () => {
  const TOKEN = 'admin-token-value';
  interface Call {
    method: string;
    url: string;
    auth: string | null;
    body?: Record<string, unknown>;
  }

  /** A Graph stand-in answering the few calls the command makes, recording them. */
  function fakeGraph(existing?: { scopeId: string }) {
    const calls: Call[] = [];
    const reply = (status: number, body?: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const impl = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      const headers = new Headers(init?.headers);
      calls.push({ method, url, auth: headers.get('authorization'), body: init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined });
      const path = url.replace('https://graph.test/v1.0', '');
      if (method === 'GET' && path.startsWith('/applications(')) {
        return existing
          ? reply(200, { id: 'obj-1', appId: CLIENT_ID, api: { oauth2PermissionScopes: [{ id: existing.scopeId, value: 'access_as_user' }] }, appRoles: [] })
          : reply(404, { error: { code: 'Request_ResourceNotFound' } });
      }
      if (method === 'POST' && path === '/applications') return reply(201, { id: 'obj-1', appId: CLIENT_ID });
      if (method === 'PATCH' && path === '/applications/obj-1') return reply(204);
      if (method === 'GET' && path.startsWith('/servicePrincipals?')) return reply(200, { value: existing ? [{ id: 'sp-1' }] : [] });
      if (method === 'POST' && path === '/servicePrincipals') return reply(201, { id: 'sp-1' });
      if (method === 'POST' && path === '/applications/obj-1/addPassword') return reply(200, { secretText: 'new-secret-value', endDateTime: '2027-05-30T00:00:00Z' });
      return reply(400, { error: { code: 'Request_BadRequest' } });
    }) as typeof fetch;
    return { calls, impl };
  }

  it('creates the registration, its Application ID URI and pre-authorised clients, the enterprise app and a secret shown once', async () => {
    const graph = fakeGraph();
    const { code, out } = await run([`--public-url=${PUBLIC_URL}`, '--apply', '--graph-url=https://graph.test/v1.0'], { GRAPH_ADMIN_TOKEN: TOKEN }, graph.impl);
    expect(code).toBe(0);
    expect(graph.calls.map((c) => `${c.method} ${c.url.replace('https://graph.test/v1.0', '').split('?')[0]}`)).toEqual([
      'POST /applications',
      'PATCH /applications/obj-1',
      'GET /servicePrincipals',
      'POST /servicePrincipals',
      'POST /applications/obj-1/addPassword',
    ]);
    for (const call of graph.calls) {
      expect(call.auth).toBe(`Bearer ${TOKEN}`);
      expect(call.url).not.toContain(TOKEN);
    }
    const [create, patch] = graph.calls;
    expect(validateApplication(create!.body)).toBe(true);
    expect(validateApplication(patch!.body)).toBe(true);
    expect(patch!.body).toMatchObject({ identifierUris: [`api://upnext.contoso.com/${CLIENT_ID}`] });
    expect((patch!.body!.api as Application['api']).preAuthorizedApplications).toHaveLength(PREAUTHORIZED_CLIENTS.length);
    expect(out).toContain(`AZURE_CLIENT_ID=${CLIENT_ID}`);
    expect(out.split('new-secret-value').length).toBe(2);
    expect(out).toContain(`npm run build:manifests -- --public-url=${PUBLIC_URL} --client-id=${CLIENT_ID}`);
  });

  it('updates the registration --client-id names, keeping its scope id, without a new secret unless asked', async () => {
    const graph = fakeGraph({ scopeId: '11111111-2222-4333-8444-555555555555' });
    const { code, out } = await run([`--public-url=${PUBLIC_URL}`, `--client-id=${CLIENT_ID}`, '--apply', '--graph-url=https://graph.test/v1.0'], { GRAPH_ADMIN_TOKEN: TOKEN }, graph.impl);
    expect(code).toBe(0);
    expect(graph.calls.map((c) => c.method)).toEqual(['GET', 'PATCH', 'PATCH', 'GET']);
    const final = graph.calls[2]!.body!.api as Application['api'];
    expect(final.oauth2PermissionScopes[0]!.id).toBe('11111111-2222-4333-8444-555555555555');
    expect(final.preAuthorizedApplications[0]!.delegatedPermissionIds).toEqual(['11111111-2222-4333-8444-555555555555']);
    expect((graph.calls[1]!.body!.appRoles as Application['appRoles'])[0]!.id).toBe(ADMIN_ROLE_ID);
    expect(out).toContain('Updated');
    expect(out).not.toContain('AZURE_CLIENT_SECRET');
  });

  it('needs the admin token in GRAPH_ADMIN_TOKEN, and reports Graph refusals without it', async () => {
    expect((await run([`--public-url=${PUBLIC_URL}`, '--apply'])).code).toBe(2);
    const refusing = (async () => new Response(JSON.stringify({ error: { code: 'Authorization_RequestDenied' } }), { status: 403 })) as typeof fetch;
    const { code, err } = await run([`--public-url=${PUBLIC_URL}`, '--apply', '--graph-url=https://graph.test/v1.0'], { GRAPH_ADMIN_TOKEN: TOKEN }, refusing);
    expect(code).toBe(1);
    expect(err).toContain('403 Authorization_RequestDenied');
    expect(err).not.toContain(TOKEN);
  });
});
