import { appSchemaValidator, describeSchemaErrors } from './app-schema';

/** The parts of the unified manifest these checks read; the schema covers the rest. */
interface AppManifest {
  $schema?: string;
  manifestVersion?: string;
  extensions?: Array<{
    runtimes?: Array<{ id: string; code: { page: string }; actions?: Array<{ id: string; type: string }> }>;
    ribbons?: Array<{
      requirements?: { formFactors?: string[] };
      tabs: Array<{
        groups?: Array<{ controls?: Array<{ id: string; actionId?: string; icons: Array<{ size: number }> }> }>;
        customMobileRibbonGroups?: Array<{ controls: Array<{ id: string; actionId: string; icons: Array<{ size: number; scale: number }> }> }>;
      }>;
    }>;
    alternates?: Array<{ hide?: { customOfficeAddin?: { officeAddinId: string } } }>;
  }>;
}

export interface AppManifestExpectations {
  /** The add-in-only manifest's `<Id>`: the unified app must hide it where both are installed. */
  outlookAddinId: string;
}

/**
 * Checks the unified app manifest offline: against the schema for its own manifestVersion that
 * @microsoft/app-manifest ships, then what the schema cannot say (every ribbon button opens a
 * declared action, the icon sizes Outlook requires, the link to the XML add-in). Returns the
 * problems, empty when it is fine.
 */
export function checkAppManifest(text: string, expect: AppManifestExpectations): string[] {
  let manifest: AppManifest;
  try {
    manifest = JSON.parse(text) as AppManifest;
  } catch {
    return ['manifest.json is not JSON'];
  }
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['manifestVersion is missing'];
  let validate;
  try {
    validate = appSchemaValidator(version);
  } catch (err) {
    return [(err as Error).message];
  }
  const problems = validate(manifest) ? [] : describeSchemaErrors(validate.errors);
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== schemaUrl) problems.push(`$schema must be ${schemaUrl}`);
  if (problems.length) return problems;

  const extension = manifest.extensions?.[0];
  if (!extension) return ['extensions: the Outlook add-in is missing'];
  const actions = new Set((extension.runtimes ?? []).flatMap((r) => (r.actions ?? []).map((a) => a.id)));
  const controlIds: string[] = [];
  const formFactors = new Set<string>();
  for (const ribbon of extension.ribbons ?? []) {
    for (const f of ribbon.requirements?.formFactors ?? []) formFactors.add(f);
    for (const tab of ribbon.tabs) {
      for (const control of (tab.groups ?? []).flatMap((g) => g.controls ?? [])) {
        controlIds.push(control.id);
        if (!control.actionId || !actions.has(control.actionId)) problems.push(`ribbon control ${control.id} names no declared action`);
        const sizes = new Set(control.icons.map((i) => i.size));
        for (const required of [16, 32, 80]) if (!sizes.has(required)) problems.push(`ribbon control ${control.id} lacks a ${required}px icon`);
      }
      for (const control of (tab.customMobileRibbonGroups ?? []).flatMap((g) => g.controls)) {
        controlIds.push(control.id);
        if (!actions.has(control.actionId)) problems.push(`mobile control ${control.id} names no declared action`);
        for (const size of [25, 32, 48]) {
          for (const scale of [1, 2, 3]) {
            if (!control.icons.some((i) => i.size === size && i.scale === scale)) problems.push(`mobile control ${control.id} lacks the ${size}px icon at scale ${scale}`);
          }
        }
      }
    }
  }
  for (const f of ['desktop', 'mobile']) if (!formFactors.has(f)) problems.push(`no ribbon for the ${f} form factor`);
  if (new Set(controlIds).size !== controlIds.length) problems.push('ribbon control ids repeat');
  const hidden = (extension.alternates ?? []).map((a) => a.hide?.customOfficeAddin?.officeAddinId);
  if (!hidden.includes(expect.outlookAddinId)) problems.push(`alternates must hide the add-in-only manifest's add-in ${expect.outlookAddinId}`);
  return problems;
}

/**
 * The manifest's language files against the localization schema of its manifest version, and
 * the manifest's localizationInfo against the files: each named file is there, each file named.
 */
export function checkLanguageFiles(manifestText: string, files: Record<string, string>): string[] {
  const manifest = JSON.parse(manifestText) as { manifestVersion: string; localizationInfo?: { additionalLanguages?: Array<{ languageTag: string; file: string }> } };
  const named = manifest.localizationInfo?.additionalLanguages ?? [];
  const problems: string[] = [];
  for (const { file } of named) if (!(file in files)) problems.push(`localizationInfo names ${file}, which is not in the package`);
  for (const name of Object.keys(files)) if (!named.some((l) => l.file === name)) problems.push(`${name} is not named in localizationInfo`);
  const validate = appSchemaValidator(manifest.manifestVersion, 'MicrosoftTeams.Localization');
  const schemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`;
  for (const [name, text] of Object.entries(files)) {
    let strings: { $schema?: string };
    try {
      strings = JSON.parse(text) as { $schema?: string };
    } catch {
      problems.push(`${name} is not JSON`);
      continue;
    }
    if (!validate(strings)) problems.push(...describeSchemaErrors(validate.errors).map((p) => `${name}: ${p}`));
    if (strings.$schema !== schemaUrl) problems.push(`${name}: $schema must be ${schemaUrl}`);
  }
  return problems;
}
