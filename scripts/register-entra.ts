import { registerEntra } from './entra/cli';

/** `npm run register:entra -- --public-url=https://<host> [--apply]`: see scripts/entra/cli.ts. */
registerEntra(process.argv.slice(2), process.env, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`register:entra: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
