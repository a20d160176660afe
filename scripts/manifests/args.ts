import type { RawInputs } from './inputs';

export interface CliOptions extends RawInputs {
  outDir?: string;
  writeRoot: boolean;
}

const FLAGS: Record<string, keyof RawInputs | 'outDir'> = {
  '--public-url': 'publicUrl',
  '--client-id': 'clientId',
  '--authority-host': 'authorityHost',
  '--out-dir': 'outDir',
};

/** Parses `--name=value` / `--name value` flags; an unknown flag is an error, not a silent default. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { writeRoot: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--write-root') {
      options.writeRoot = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const key = FLAGS[name];
    if (!key) throw new TypeError(`Unknown option ${name}. Known: ${[...Object.keys(FLAGS), '--write-root'].join(', ')}.`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!value) throw new TypeError(`${name} needs a value.`);
    options[key] = value;
  }
  return options;
}
