import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestInputs } from './inputs';
import { languageFileName, MANIFEST_LOCALES, MANIFEST_TRANSLATIONS, type ManifestStrings } from './translations';

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
  return localizeOutlook(fill(readFileSync(OUTLOOK_TEMPLATE, 'utf8'), placeholders(inputs), escapeXml));
}

/**
 * Puts an `<Override Locale Value>` per shipped language where the template says
 * `<!--overrides:name-->` (inside a `bt:String`, the override is `bt:Override`).
 */
export function localizeOutlook(xml: string): string {
  return xml.replace(/^([ \t]*)(<(bt:String|DisplayName|Description)\b[^>]*>)<!--overrides:(\w+)--><\/\3>/gm, (_m, indent: string, open: string, tag: string, key: string) => {
    if (!(key in MANIFEST_TRANSLATIONS['de-DE'])) throw new Error(`Unknown manifest string ${key} in the Outlook template.`);
    const element = tag.startsWith('bt:') ? 'bt:Override' : 'Override';
    const overrides = MANIFEST_LOCALES.map((locale) => `${indent}  <${element} Locale="${locale}" Value="${escapeXml(MANIFEST_TRANSLATIONS[locale][key as keyof ManifestStrings])}"/>`);
    return `${indent}${open}\n${overrides.join('\n')}\n${indent}</${tag}>`;
  });
}

export function renderTeamsManifest(inputs: ManifestInputs): string {
  const text = fill(readFileSync(TEAMS_TEMPLATE, 'utf8'), placeholders(inputs), escapeJson);
  const manifest = JSON.parse(text) as Record<string, unknown>;
  manifest.localizationInfo = {
    defaultLanguageTag: 'en-us',
    additionalLanguages: MANIFEST_LOCALES.map((locale) => ({ languageTag: locale.toLowerCase(), file: languageFileName(locale) })),
  };
  // Re-serialise so the output is canonical JSON whatever the template's layout.
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export const TEAMS_LANGUAGE_SCHEMA = (manifestVersion: string) => `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`;

/**
 * The unified manifest's language files, by file name: every string of the manifest that a
 * person reads, keyed by its JSON path as the localization schema names them.
 */
export function renderTeamsLanguageFiles(manifestVersion: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const locale of MANIFEST_LOCALES) {
    const s = MANIFEST_TRANSLATIONS[locale];
    const control = 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0]';
    const mobile = 'extensions[0].ribbons[1].tabs[0].customMobileRibbonGroups[0]';
    const strings = {
      $schema: TEAMS_LANGUAGE_SCHEMA(manifestVersion),
      'name.short': s.name,
      'name.full': s.fullName,
      'description.short': s.shortDescription,
      'description.full': s.fullDescription,
      'staticTabs[0].name': s.buttonLabel,
      'extensions[0].runtimes[0].actions[0].displayName': s.buttonLabel,
      'extensions[0].ribbons[0].tabs[0].groups[0].label': s.name,
      [`${control}.label`]: s.buttonLabel,
      [`${control}.supertip.title`]: s.buttonLabel,
      [`${control}.supertip.description`]: s.buttonTooltip,
      [`${mobile}.label`]: s.name,
      [`${mobile}.controls[0].label`]: s.buttonLabel,
    };
    files[languageFileName(locale)] = `${JSON.stringify(strings, null, 2)}\n`;
  }
  return files;
}
