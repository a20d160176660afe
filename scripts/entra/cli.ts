import { applyRegistration, GraphAdminError } from './graph-admin';
import { CLIENT_ID_PLACEHOLDER, entraApplication, type RegistrationInputs } from './registration';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export const USAGE = `npm run register:entra -- --public-url=https://<host> [--client-id=<guid>] [--multi-tenant]
                        [--display-name=Upnext] [--apply [--new-secret]] [--graph-url=https://graph.microsoft.com/v1.0]
Prints Upnext's app registration as Microsoft Graph application JSON. With --apply, creates it (or
updates the one --client-id names) with the admin token in GRAPH_ADMIN_TOKEN, adds its enterprise
application and, for a new registration or with --new-secret, a client secret shown once.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

interface Options extends RegistrationInputs {
  apply: boolean;
  newSecret: boolean;
  graphBaseUrl: string;
}

class UsageError extends Error {}

function parse(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const values: Record<string, string | true> = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument ${arg}.`);
    const [, name, value] = match as unknown as [string, string, string | undefined];
    if (!['public-url', 'client-id', 'multi-tenant', 'display-name', 'apply', 'new-secret', 'graph-url'].includes(name)) {
      throw new UsageError(name === 'token' ? 'Give the admin token in GRAPH_ADMIN_TOKEN, never on the command line (shell history, process list).' : `Unknown option --${name}.`);
    }
    values[name] = value ?? true;
  }
  const text = (name: string): string | undefined => {
    const v = values[name];
    if (v === true) throw new UsageError(`--${name} needs a value.`);
    return v;
  };
  const publicUrl = text('public-url') ?? env.PUBLIC_URL;
  if (!publicUrl) throw new UsageError('--public-url is required.');
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new UsageError('--public-url is not a URL.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw new UsageError('--public-url must be https (http only for localhost).');
  if (url.pathname !== '/' || url.search || url.hash || url.username) throw new UsageError('--public-url must be an origin, without path, query or credentials.');
  const clientId = text('client-id')?.toLowerCase();
  if (clientId !== undefined && !GUID.test(clientId)) throw new UsageError('--client-id must be a GUID.');
  const graphBaseUrl = text('graph-url') ?? 'https://graph.microsoft.com/v1.0';
  const graph = new URL(graphBaseUrl);
  if (graph.protocol !== 'https:' && !(graph.protocol === 'http:' && (LOOPBACK.has(graph.hostname) || graph.hostname === '127.0.0.1'))) throw new UsageError('--graph-url must be https.');
  return {
    publicUrl: url.origin,
    clientId,
    multiTenant: values['multi-tenant'] === true,
    displayName: text('display-name') ?? 'Upnext',
    apply: values.apply === true,
    newSecret: values['new-secret'] === true,
    graphBaseUrl,
  };
}

/** `npm run register:entra`; returns the exit code. */
export async function registerEntra(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io, fetchImpl?: typeof fetch): Promise<number> {
  let options: Options;
  try {
    options = parse(argv, env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`register:entra: ${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!options.apply) {
    io.out(`${JSON.stringify(entraApplication(options), null, 2)}\n`);
    if (!options.clientId) io.err(`Note: ${CLIENT_ID_PLACEHOLDER} in identifierUris is the Application (client) ID, known once the registration exists (--apply fills it in).\n`);
    return 0;
  }
  const token = env.GRAPH_ADMIN_TOKEN?.trim();
  if (!token) {
    io.err('register:entra: --apply needs an admin token for Microsoft Graph in GRAPH_ADMIN_TOKEN (Application.ReadWrite.All), e.g. from `az account get-access-token --resource-type ms-graph`.\n');
    return 2;
  }
  try {
    const applied = await applyRegistration({ graphBaseUrl: options.graphBaseUrl, token, inputs: options, newSecret: options.newSecret, fetch: fetchImpl });
    io.out(`${applied.created ? 'Created' : 'Updated'} the app registration "${options.displayName}".\n`);
    io.out(`AZURE_CLIENT_ID=${applied.clientId}\n`);
    if (applied.secret) io.out(`AZURE_CLIENT_SECRET=${applied.secret}\n  (shown once; expires ${applied.secretExpires}; put it in your secret store)\n`);
    io.out(
      `\nNext: grant admin consent once for the organisation (docs/SETUP.md, "Organisation-wide admin consent"), then\n` +
        `npm run build:manifests -- --public-url=${options.publicUrl} --client-id=${applied.clientId}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof GraphAdminError) {
      io.err(`register:entra: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
