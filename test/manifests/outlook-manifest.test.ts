import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { readPngHeader } from '../../scripts/icons/png';
import { renderOutlookManifest, renderTeamsManifest } from '../../scripts/manifests/render';
import { ASSETS, BUILDS, GUID, REPO, isServedPath, servedPages } from './helpers';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
// The add-in-only manifest schema is a sequence: Office rejects these elements out of order.
const BASE_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting',
  'VersionOverrides',
];
const SURFACES = ['MessageReadCommandSurface', 'AppointmentAttendeeCommandSurface', 'AppointmentOrganizerCommandSurface'];

const pages = servedPages();

function children(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as Element).localName === name)) out.push(n as Element);
  }
  return out;
}
function child(el: Element, name: string): Element {
  const found = children(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.localName}>, found ${found.length}`);
  return found[0]!;
}
const text = (el: Element) => (el.textContent ?? '').trim();
const all = (root: Element, ns: string, name: string) => Array.from(root.getElementsByTagNameNS(ns, name)) as Element[];
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, 'type');

describe.each(BUILDS)('Outlook manifest, %s build', (_name, inputs) => {
  const xml = renderOutlookManifest(inputs);
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;
  const teams = JSON.parse(renderTeamsManifest(inputs)) as { id: string; webApplicationInfo: { id: string; resource: string } };
  const outer = child(root, 'VersionOverrides');
  const v11 = child(outer, 'VersionOverrides');
  const resources = child(v11, 'Resources');
  const resource = (kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string): string => {
    const hit = children(child(resources, kind)).filter((r) => r.getAttribute('id') === id);
    if (hit.length !== 1) throw new Error(`resid ${id} not found once in ${kind}`);
    return hit[0]!.getAttribute('DefaultValue')!;
  };

  it('is a MailApp with the base elements in schema order and valid ids', () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('MailApp');
    expect(children(root).map((e) => e.localName)).toEqual(BASE_ORDER);
    const id = text(child(root, 'Id'));
    expect(GUID.test(id)).toBe(true);
    expect([inputs.clientId, teams.id]).not.toContain(id.toLowerCase());
    expect(text(child(root, 'Version'))).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(text(child(root, 'Permissions'))).toBe('ReadItem');
    const set = child(child(child(root, 'Requirements'), 'Sets'), 'Set');
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['Mailbox', '1.1']);
  });

  it('nests VersionOverrides 1.1 in 1.0, requiring Mailbox 1.5 for pinning and single sign-on', () => {
    expect([outer.namespaceURI, xsiType(outer)]).toEqual([NS.vo, 'VersionOverridesV1_0']);
    expect([v11.namespaceURI, xsiType(v11)]).toEqual([NS.vo11, 'VersionOverridesV1_1']);
    const sets = child(child(v11, 'Requirements'), 'Sets');
    expect(sets.namespaceURI).toBe(NS.bt);
    expect(Number(sets.getAttribute('DefaultMinVersion'))).toBeGreaterThanOrEqual(1.5);
    expect(child(sets, 'Set').getAttribute('Name')).toBe('Mailbox');
    expect(xsiType(child(child(v11, 'Hosts'), 'Host'))).toBe('MailHost');
  });

  it('puts a pinnable "Next meetings" button that opens the task pane on message-read and both appointment surfaces', () => {
    const desktop = child(child(child(v11, 'Hosts'), 'Host'), 'DesktopFormFactor');
    const points = children(desktop, 'ExtensionPoint');
    expect(points.map(xsiType)).toEqual(SURFACES);
    for (const point of points) {
      const control = child(child(child(point, 'OfficeTab'), 'Group'), 'Control');
      expect(xsiType(control)).toBe('Button');
      expect(resource('ShortStrings', child(control, 'Label').getAttribute('resid')!)).toBe('Next meetings');
      const action = child(control, 'Action');
      expect(xsiType(action)).toBe('ShowTaskpane');
      expect(resource('Urls', child(action, 'SourceLocation').getAttribute('resid')!)).toBe(`${inputs.publicUrl}/outlook.html`);
      expect(text(child(action, 'SupportsPinning'))).toBe('true');
      const images = children(child(control, 'Icon'), 'Image');
      expect(images.map((i) => i.getAttribute('size'))).toEqual(['16', '32', '80']);
    }
    const controlIds = all(v11, NS.vo11, 'Control').map((c) => c.getAttribute('id'));
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  it('puts a "Next meetings" mobile button on a read message in Outlook mobile, with each icon at scales 1 to 3', () => {
    const host = child(child(v11, 'Hosts'), 'Host');
    expect(children(host).map((e) => e.localName)).toEqual(['DesktopFormFactor', 'MobileFormFactor']);
    const point = child(child(host, 'MobileFormFactor'), 'ExtensionPoint');
    expect(xsiType(point)).toBe('MobileMessageReadCommandSurface');
    const control = child(child(point, 'Group'), 'Control');
    expect(xsiType(control)).toBe('MobileButton');
    expect(resource('ShortStrings', child(control, 'Label').getAttribute('resid')!)).toBe('Next meetings');
    const action = child(control, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(resource('Urls', child(action, 'SourceLocation').getAttribute('resid')!)).toBe(`${inputs.publicUrl}/outlook.html`);
    const icon = child(control, 'Icon');
    expect(xsiType(icon)).toBe('bt:MobileIconList');
    expect(children(icon, 'Image').map((i) => `${i.getAttribute('size')}@${i.getAttribute('scale')}`)).toEqual([
      '25@1', '25@2', '25@3', '32@1', '32@2', '32@3', '48@1', '48@2', '48@3',
    ]);
  });

  it('resolves every resid, within the 32-character limit', () => {
    const resids = Array.from(v11.getElementsByTagName('*') as unknown as Element[])
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => !!r);
    expect(resids.length).toBeGreaterThan(20);
    const defined = new Set(
      ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((k) => children(child(resources, k)).map((r) => r.getAttribute('id'))),
    );
    for (const resid of resids) {
      expect(resid.length).toBeLessThanOrEqual(32);
      expect(defined).toContain(resid);
    }
  });

  it('declares single sign-on for the same registration and resource as the Teams manifest', () => {
    const info = child(v11, 'WebApplicationInfo');
    expect(text(child(info, 'Id'))).toBe(inputs.clientId);
    expect(text(child(info, 'Resource'))).toBe(`api://${inputs.host}/${inputs.clientId}`);
    expect(text(child(info, 'Id'))).toBe(teams.webApplicationInfo.id);
    expect(text(child(info, 'Resource'))).toBe(teams.webApplicationInfo.resource);
    const scopes = children(child(info, 'Scopes'), 'Scope').map(text);
    expect(scopes).toEqual(expect.arrayContaining(['openid', 'profile', 'offline_access', 'Calendars.Read']));
    expect(children(child(root, 'AppDomains'), 'AppDomain').map(text)).toContain(inputs.authority);
  });

  it('points every URL at a page or asset the app serves under the public URL', () => {
    const urls: string[] = [];
    for (const el of Array.from(root.getElementsByTagName('*') as unknown as Element[])) {
      if (el.localName === 'AppDomain') continue; // domains the pane may navigate to, not pages of ours
      for (const attr of Array.from(el.attributes)) {
        if (!attr.name.startsWith('xmlns') && /^https?:/i.test(attr.value)) urls.push(attr.value);
      }
      if (children(el).length === 0 && /^https?:/i.test(text(el))) urls.push(text(el));
    }
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const raw of urls) {
      const url = new URL(raw);
      expect(url.protocol).toBe(new URL(inputs.publicUrl).protocol);
      expect(url.origin).toBe(inputs.publicUrl);
      expect(isServedPath(url.pathname, pages)).toBe(true);
    }
  });

  it('declares icons whose PNGs have the declared pixel sizes (size × scale on mobile)', () => {
    const declared: Array<[string, number]> = [
      [child(root, 'IconUrl').getAttribute('DefaultValue')!, 64],
      [child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 128],
    ];
    for (const image of all(v11, NS.bt, 'Image')) {
      if (image.parentNode && (image.parentNode as Element).localName === 'Icon') {
        const scale = Number(image.getAttribute('scale') ?? 1);
        declared.push([resource('Images', image.getAttribute('resid')!), Number(image.getAttribute('size')) * scale]);
      }
    }
    expect([...new Set(declared.map(([, size]) => size))].sort((a, b) => a - b)).toEqual([16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144]);
    for (const [url, size] of declared) {
      const file = join(ASSETS, new URL(url).pathname.replace(/^\/assets\//, ''));
      const header = readPngHeader(readFileSync(file));
      expect([header.width, header.height]).toEqual([size, size]);
    }
  });
});

it('the committed root manifest.xml is the current dev build (regenerate with npm run build:manifests -- --write-root)', () => {
  expect(readFileSync(join(REPO, 'manifest.xml'), 'utf8')).toBe(renderOutlookManifest(BUILDS[0]![1]));
});

it('escapes values into the XML rather than letting them change its structure', () => {
  const hostile = { ...BUILDS[0]![1], publicUrl: 'https://a.example/"><x y="' };
  const xml = renderOutlookManifest(hostile);
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  expect(root.getElementsByTagName('x').length).toBe(0);
  expect(child(root as unknown as Element, 'IconUrl').getAttribute('DefaultValue')).toBe('https://a.example/"><x y="/assets/icon-64.png');
});
