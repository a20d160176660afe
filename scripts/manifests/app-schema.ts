import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

const SCHEMAS = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

/** Newest released manifest version that @microsoft/app-manifest ships (devPreview excluded). */
export function newestAppSchemaVersion(): string {
  const versions = readdirSync(SCHEMAS)
    .filter((d) => /^v\d+\.\d+$/.test(d) && existsSync(join(SCHEMAS, d, 'MicrosoftTeams.schema.json')))
    .map((d) => d.slice(1));
  const key = (v: string) => v.split('.').map(Number) as [number, number];
  versions.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  const newest = versions.at(-1);
  if (!newest) throw new Error('@microsoft/app-manifest ships no app manifest schemas');
  return newest;
}

const compiled = new Map<string, ValidateFunction>();

/** The schema the package ships, compiled offline: the files are draft-04, so the draft-04 Ajv class. */
export function appSchemaValidator(version: string, schema: 'MicrosoftTeams' | 'MicrosoftTeams.Localization' = 'MicrosoftTeams'): ValidateFunction {
  const key = `${schema}@${version}`;
  const known = compiled.get(key);
  if (known) return known;
  const file = join(SCHEMAS, `v${version}`, `${schema}.schema.json`);
  if (!existsSync(file)) throw new Error(`@microsoft/app-manifest ships no ${schema === 'MicrosoftTeams' ? '' : 'localization '}schema for manifest version ${version}`);
  // The localization schema's patterns (`\b]`) are valid only without the u flag Ajv adds by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: schema === 'MicrosoftTeams' });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(key, validate);
  return validate;
}

export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
