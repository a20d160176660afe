import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTLOOK_ADDIN_ID, renderTeamsManifest } from '../../scripts/manifests/render';
import { BUILDS, GUID, REPO, isServedPath, newestAppSchemaVersion, servedPages, appSchemaValidator } from './helpers';

interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  staticTabs: Array<{ entityId: string; contentUrl: string; websiteUrl: string; scopes: string[]; context: string[] }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string; nestedAppAuthInfo: Array<{ redirectUri: string; scopes: string[] }> };
  authorization: { permissions: { resourceSpecific: Array<{ name: string; type: string }> } };
  extensions: Array<{
    requirements: { scopes: string[]; capabilities: Array<{ name: string; minVersion: string }> };
    runtimes: Array<{ id: string; code: { page: string }; actions: Array<{ id: string; type: string; pinnable?: boolean }> }>;
    ribbons: Array<{
      requirements: { formFactors: string[] };
      contexts: string[];
      tabs: Array<{
        builtInTabId: string;
        groups?: Array<{ controls: Array<{ type: string; label: string; actionId: string }> }>;
        customMobileRibbonGroups?: Array<{ controls: Array<{ type: string; label: string; actionId: string }> }>;
      }>;
    }>;
    alternates: Array<{ hide: { customOfficeAddin: { officeAddinId: string } } }>;
  }>;
}

const newest = newestAppSchemaVersion();
const validate = appSchemaValidator(newest);
const pages = servedPages();

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe.each(BUILDS)('Unified app manifest (Teams tab + Outlook add-in), %s build', (_name, inputs) => {
  const manifest = JSON.parse(renderTeamsManifest(inputs)) as TeamsManifest;

  it('validates offline against the newest schema @microsoft/app-manifest ships', () => {
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has a personal static tab on the task pane page, which also surfaces it in Outlook and the Microsoft 365 app', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        entityId: 'upnext',
        contentUrl: `${inputs.publicUrl}/taskpane.html?host=teams`,
        scopes: ['personal'],
        context: ['personalTab'],
      }),
    ]);
  });

  it('names the app registration and host the inputs give, and nothing else', () => {
    expect(GUID.test(manifest.id)).toBe(true);
    expect(manifest.id).not.toBe(inputs.clientId);
    expect(manifest.webApplicationInfo.id).toBe(inputs.clientId);
    expect(manifest.webApplicationInfo.resource).toBe(`api://${inputs.host}/${inputs.clientId}`);
    expect(manifest.webApplicationInfo.nestedAppAuthInfo).toEqual([
      { redirectUri: `brk-multihub://${inputs.host}`, scopes: [`api://${inputs.host}/${inputs.clientId}/access_as_user`] },
    ]);
    // The authority too, as the XML's AppDomains: Outlook's sign-in dialog fallback navigates there.
    expect(manifest.validDomains).toEqual([inputs.host, new URL(inputs.authority).host]);
  });

  it('carries the Outlook add-in: a pinnable task pane on outlook.html opened from the ribbon on mail and meetings', () => {
    const [extension, ...more] = manifest.extensions;
    expect(more).toEqual([]);
    expect(extension!.requirements.scopes).toEqual(['mail']);
    expect(extension!.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.5' }]);
    const [runtime] = extension!.runtimes;
    expect(runtime!.code.page).toBe(`${inputs.publicUrl}/outlook.html`);
    expect(runtime!.actions).toEqual([expect.objectContaining({ id: 'showTaskpane', type: 'openPage', pinnable: true })]);
    const desktop = extension!.ribbons.find((r) => r.requirements.formFactors.includes('desktop'))!;
    expect(desktop.contexts).toEqual(['mailRead', 'meetingDetailsAttendee', 'meetingDetailsOrganizer']);
    expect(desktop.tabs[0]!.builtInTabId).toBe('TabDefault');
    expect(desktop.tabs[0]!.groups![0]!.controls).toEqual([expect.objectContaining({ type: 'button', label: 'Next meetings', actionId: 'showTaskpane' })]);
    const mobile = extension!.ribbons.find((r) => r.requirements.formFactors.includes('mobile'))!;
    expect(mobile.contexts).toEqual(['mailRead']);
    expect(mobile.tabs[0]!.builtInTabId).toBe('DefaultTab');
    expect(mobile.tabs[0]!.customMobileRibbonGroups![0]!.controls).toEqual([
      expect.objectContaining({ type: 'mobileButton', label: 'Next meetings', actionId: 'showTaskpane' }),
    ]);
  });

  it('asks for what the XML asks (ReadItem) and hides the XML add-in where both are installed', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.Read.User', type: 'Delegated' }]);
    expect(manifest.extensions[0]!.alternates).toEqual([{ hide: { customOfficeAddin: { officeAddinId: OUTLOOK_ADDIN_ID } } }]);
    expect(manifest.id).not.toBe(OUTLOOK_ADDIN_ID);
  });

  it('links only to pages and files the app serves under the public URL', () => {
    const urls = strings(manifest).filter((s) => /^https?:\/\//i.test(s) && s !== manifest.$schema);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const raw of urls) {
      const url = new URL(raw);
      expect(url.origin).toBe(inputs.publicUrl);
      expect(isServedPath(url.pathname, pages)).toBe(true);
    }
  });
});

it('the app id is fixed in the template, so every build is the same app', () => {
  const ids = BUILDS.map(([, inputs]) => (JSON.parse(renderTeamsManifest(inputs)) as TeamsManifest).id);
  expect(new Set(ids).size).toBe(1);
  expect(readFileSync(join(REPO, 'teams-manifest', 'manifest.template.json'), 'utf8')).toContain(ids[0]);
});

it('the schema check rejects a manifest with a malformed tab URL and accent colour', () => {
  const manifest = JSON.parse(renderTeamsManifest(BUILDS[0]![1])) as TeamsManifest;
  const broken = { ...manifest, staticTabs: [{ ...manifest.staticTabs[0], contentUrl: 'not a url' }], accentColor: 'blue' };
  expect(validate(broken)).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/accentColor', '/staticTabs/0/contentUrl']));
});
