import { readFileSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:https';
import { compose } from '../src/server/compose';
import { ConfigError, loadConfig } from '../src/server/config';
import { createLogger } from '../src/server/logger';

/**
 * `npm run dev`: the server over https on https://localhost:3000, as Outlook and Teams require for
 * add-in pages. Certificates come from office-addin-dev-certs (which creates and trusts a local
 * development CA the first time, asking for administrator rights), or from `--cert` and `--key`.
 */
interface DevArgs {
  cert?: string;
  key?: string;
  /** Listen address; all interfaces when absent, like the production entry. */
  host?: string;
}

const FLAGS = { '--cert': 'cert', '--key': 'key', '--host': 'host' } as const;

function parseDevArgs(argv: readonly string[]): DevArgs {
  const args: DevArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    const key = FLAGS[name as keyof typeof FLAGS];
    if (!key || !value) throw new DevError('Usage: npm run dev [-- --cert <file> --key <file>] [--host <address>]');
    args[key] = value;
  }
  if (!args.cert !== !args.key) throw new DevError('--cert and --key go together.');
  return args;
}

class DevError extends Error {}

async function tlsOptions(args: DevArgs): Promise<ServerOptions> {
  if (args.cert && args.key) {
    try {
      return { cert: readFileSync(args.cert), key: readFileSync(args.key) };
    } catch (err) {
      throw new DevError(`Cannot read the certificate or key: ${(err as Error).message}`);
    }
  }
  try {
    const devCerts = await import('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    throw new DevError(
      'Could not get the Office development certificates for https://localhost ' +
        `(${(err as Error).message.split('\n')[0]}).\n` +
        'Run `npx office-addin-dev-certs install` once (it asks for administrator rights to trust its CA), ' +
        'or pass your own: npm run dev -- --cert <file> --key <file>.',
    );
  }
}

async function main(): Promise<void> {
  const args = parseDevArgs(process.argv.slice(2));
  process.env.PUBLIC_URL ??= `https://localhost:${process.env.PORT ?? 3000}`;
  if (!process.env.PUBLIC_URL.startsWith('https://')) {
    throw new DevError(`npm run dev serves https; PUBLIC_URL is ${process.env.PUBLIC_URL}. Unset it or give an https URL.`);
  }
  const config = loadConfig();
  const tls = await tlsOptions(args);
  const logger = createLogger(config.logLevel);
  const composed = await compose(config, logger);
  const server = createServer(tls, composed.app);
  server.on('error', (err) => {
    process.stderr.write(`Upnext dev server: ${err.message}\n`);
    process.exit(1);
  });
  server.listen(config.port, args.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ port, publicUrl: config.publicUrl, authMode: config.authMode }, 'Upnext dev server is listening over https');
  });
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => void composed.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof DevError || err instanceof ConfigError) {
    process.stderr.write(`Upnext dev server cannot start: ${err.message}\n`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  }
  throw err;
});
