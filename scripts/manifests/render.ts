import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestInputs } from './inputs';

const ROOT = join(__dirname, '..', '..');
export const OUTLOOK_TEMPLATE = join(ROOT, 'scripts', 'templates', 'manifest.template.xml');
export const TEAMS_TEMPLATE = join(ROOT, 'teams-manifest', 'manifest.template.json');
/**
 * The Outlook add-in-only manifest's stable `<Id>`: changing it makes Outlook treat the add-in as
 * a new one. The unified app manifest names it too, to hide this add-in where both are installed.
 */
export const OUTLOOK_ADDIN_ID = 'c533b128-e651-476f-aa8b-6136ec615024';
/** Icons packed at the root of the app package zip, named as the manifest's `icons` names them. */
export const TEAMS_ICON_FILES = ['teams-color-192.png', 'teams-outline-32.png'] as const;

type Escape = (value: string) => string;

const escapeXml: Escape = (v) =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
// Values land inside JSON strings: JSON-escape them without the surrounding quotes.
const escapeJson: Escape = (v) => JSON.stringify(v).slice(1, -1);

function placeholders(inputs: ManifestInputs): Record<string, string> {
  return {
    PUBLIC_URL: inputs.publicUrl,
    HOST: inputs.host,
    CLIENT_ID: inputs.clientId,
    RESOURCE: inputs.resource,
    AUTHORITY: inputs.authority,
    AUTHORITY_HOST: new URL(inputs.authority).host,
    OUTLOOK_ADDIN_ID,
    VERSION: inputs.version,
    // Outlook add-in versions are one to four dot-separated numbers: drop any semver suffix.
    OUTLOOK_VERSION: `${inputs.version.split(/[-+]/)[0]}.0`,
  };
}

/** Fills `{{NAME}}` placeholders; an unknown name is a template bug and stops the build. */
export function fill(template: string, values: Record<string, string>, escape: Escape): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Unknown placeholder {{${name}}} in a manifest template.`);
    return escape(value);
  });
}

export function renderOutlookManifest(inputs: ManifestInputs): string {
  return fill(readFileSync(OUTLOOK_TEMPLATE, 'utf8'), placeholders(inputs), escapeXml);
}

export function renderTeamsManifest(inputs: ManifestInputs): string {
  const text = fill(readFileSync(TEAMS_TEMPLATE, 'utf8'), placeholders(inputs), escapeJson);
  // Re-serialise so the output is canonical JSON whatever the template's layout.
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}
