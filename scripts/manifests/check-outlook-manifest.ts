import { DOMParser, type Element } from '@xmldom/xmldom';

export const OUTLOOK_NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  vo: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

// The add-in-only manifest schema is a sequence: Office rejects these elements out of order.
export const BASE_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting',
  'VersionOverrides',
];
const DESKTOP_SURFACES = ['MessageReadCommandSurface', 'AppointmentAttendeeCommandSurface', 'AppointmentOrganizerCommandSurface'];
const MOBILE_SURFACES = ['MobileMessageReadCommandSurface'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OutlookCheckOptions {
  /** Pixel size of the image an icon URL names, when it can be read (the manifests point at assets/). */
  imageSize?: (url: string) => { width: number; height: number } | undefined;
}

export function children(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as Element).localName === name)) out.push(n as Element);
  }
  return out;
}
const xsiType = (el: Element) => el.getAttributeNS(OUTLOOK_NS.xsi, 'type');
const text = (el: Element) => (el.textContent ?? '').trim();

/**
 * Structural checks of the Outlook add-in-only manifest that `office-addin-manifest validate`
 * would otherwise make online: element order, the VersionOverrides 1.0 → 1.1 nesting, the
 * command surfaces on desktop and mobile, resource ids, icon sizes and scales, single sign-on.
 * Returns the problems, empty when it is fine.
 */
export function checkOutlookManifest(xml: string, options: OutlookCheckOptions = {}): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  let root: Element | null;
  try {
    const parser = new DOMParser({ onError: (level, message) => void (level !== 'warning' && parseErrors.push(message)) });
    root = parser.parseFromString(xml, 'text/xml').documentElement as unknown as Element | null;
  } catch (err) {
    parseErrors.push((err as Error).message);
    root = null;
  }
  if (parseErrors.length) return parseErrors.map((m) => `not well-formed XML: ${m}`);
  if (!root || root.namespaceURI !== OUTLOOK_NS.app || root.localName !== 'OfficeApp') return ['the root must be OfficeApp in the appforoffice/1.1 namespace'];
  if (xsiType(root) !== 'MailApp') problems.push('OfficeApp must be xsi:type="MailApp"');

  const order = children(root).map((e) => e.localName);
  if (order.join() !== BASE_ORDER.join()) problems.push(`base elements must be, in order: ${BASE_ORDER.join(', ')} (found ${order.join(', ')})`);
  const one = (parent: Element, name: string): Element | undefined => {
    const found = children(parent, name);
    if (found.length !== 1) problems.push(`<${parent.localName}> must hold one <${name}>, found ${found.length}`);
    return found[0];
  };
  const id = one(root, 'Id');
  if (id && !GUID.test(text(id))) problems.push('<Id> must be a GUID');
  const version = one(root, 'Version');
  if (version && !/^\d+(\.\d+){0,3}$/.test(text(version))) problems.push('<Version> must be one to four dot-separated numbers');

  problems.push(...checkOverrides(root));

  const outer = one(root, 'VersionOverrides');
  const v11 = outer && one(outer, 'VersionOverrides');
  if (!outer || !v11) return problems;
  if (outer.namespaceURI !== OUTLOOK_NS.vo || xsiType(outer) !== 'VersionOverridesV1_0') problems.push('the outer VersionOverrides must be VersionOverridesV1_0');
  if (v11.namespaceURI !== OUTLOOK_NS.vo11 || xsiType(v11) !== 'VersionOverridesV1_1') problems.push('the inner VersionOverrides must be VersionOverridesV1_1');

  const resources = one(v11, 'Resources');
  const defined = new Map<string, string>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const list = resources && one(resources, kind);
    for (const r of list ? children(list) : []) {
      const rid = r.getAttribute('id') ?? '';
      if (defined.has(rid)) problems.push(`resource id ${rid} is defined twice`);
      defined.set(rid, r.getAttribute('DefaultValue') ?? '');
    }
  }
  for (const el of Array.from(v11.getElementsByTagName('*') as unknown as Element[])) {
    const resid = el.getAttribute('resid');
    if (!resid) continue;
    if (resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
    if (!defined.has(resid)) problems.push(`resid ${resid} is not defined in Resources`);
  }
  // Outlook loads pages and icons over https only.
  for (const el of Array.from(root.getElementsByTagName('*') as unknown as Element[])) {
    const values = Array.from(el.attributes).filter((a) => !a.name.startsWith('xmlns')).map((a) => a.value);
    if (children(el).length === 0) values.push(text(el));
    for (const value of values) if (/^http:/i.test(value)) problems.push(`<${el.localName}> ${value} must be an https URL`);
  }

  const host = one(one(v11, 'Hosts') ?? v11, 'Host');
  if (!host) return problems;
  if (xsiType(host) !== 'MailHost') problems.push('the host must be MailHost');
  const surfaces = (factor: string, expected: string[], controlType: string) => {
    const ff = one(host, factor);
    if (!ff) return;
    const points = children(ff, 'ExtensionPoint');
    const types = points.map(xsiType);
    if (types.join() !== expected.join()) problems.push(`${factor} must have the extension points ${expected.join(', ')} (found ${types.join(', ')})`);
    for (const control of points.flatMap((p) => Array.from(p.getElementsByTagNameNS(OUTLOOK_NS.vo11, 'Control') as unknown as Element[]))) {
      const cid = control.getAttribute('id');
      if (xsiType(control) !== controlType) problems.push(`${factor} control ${cid} must be a ${controlType}`);
      const action = children(control, 'Action')[0];
      if (!action || xsiType(action) !== 'ShowTaskpane' || children(action, 'SourceLocation').length !== 1) {
        problems.push(`${factor} control ${cid} must show the task pane from a SourceLocation`);
      }
      const icon = children(control, 'Icon')[0];
      if (!icon) {
        problems.push(`${factor} control ${cid} has no Icon`);
        continue;
      }
      checkIcons(factor, cid, icon, defined, options, problems);
    }
  };
  surfaces('DesktopFormFactor', DESKTOP_SURFACES, 'Button');
  surfaces('MobileFormFactor', MOBILE_SURFACES, 'MobileButton');
  const factors = children(host).map((e) => e.localName);
  if (factors.join() !== 'DesktopFormFactor,MobileFormFactor') problems.push('MailHost must hold DesktopFormFactor then MobileFormFactor');

  const controlIds = Array.from(v11.getElementsByTagNameNS(OUTLOOK_NS.vo11, 'Control') as unknown as Element[]).map((c) => c.getAttribute('id'));
  if (new Set(controlIds).size !== controlIds.length) problems.push('control ids repeat');

  const sso = one(v11, 'WebApplicationInfo');
  if (sso) {
    const ssoId = children(sso, 'Id')[0];
    const resource = children(sso, 'Resource')[0];
    if (!ssoId || !GUID.test(text(ssoId))) problems.push('WebApplicationInfo needs the app registration id (a GUID)');
    if (!resource || !/^api:\/\/[^/]+\/[0-9a-f-]{36}$/i.test(text(resource))) problems.push('WebApplicationInfo Resource must be api://<host>/<client id>');
  }
  return problems;
}

function checkIcons(
  factor: string,
  cid: string | null,
  icon: Element,
  defined: Map<string, string>,
  options: OutlookCheckOptions,
  problems: string[],
): void {
  const images = children(icon, 'Image');
  const mobile = factor === 'MobileFormFactor';
  if (mobile && icon.getAttributeNS(OUTLOOK_NS.xsi, 'type') !== 'bt:MobileIconList') problems.push(`mobile control ${cid} needs Icon xsi:type="bt:MobileIconList"`);
  const declared = images.map((i) => `${i.getAttribute('size')}${mobile ? `@${i.getAttribute('scale')}` : ''}`);
  const required = mobile ? [25, 32, 48].flatMap((s) => [1, 2, 3].map((k) => `${s}@${k}`)) : ['16', '32', '80'];
  for (const r of required) if (!declared.includes(r)) problems.push(`${factor} control ${cid} lacks the ${r} icon`);
  if (!options.imageSize) return;
  for (const image of images) {
    const url = defined.get(image.getAttribute('resid') ?? '');
    if (!url) continue;
    const want = Number(image.getAttribute('size')) * (mobile ? Number(image.getAttribute('scale')) : 1);
    const got = options.imageSize(url);
    if (!got) problems.push(`${factor} control ${cid}: icon ${url} cannot be read`);
    else if (got.width !== want || got.height !== want) problems.push(`${factor} control ${cid}: icon ${url} is ${got.width}×${got.height}, not ${want}×${want}`);
  }
}

/** Outlook's locale names: a language and a region ("de-DE", "ar-SA"). */
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;

/**
 * The translations: every `<Override>` (in `bt:String`s, `bt:Override`) names a locale and a
 * non-empty value once, no longer than its element allows, and every translated element speaks
 * the same locales, so no language gets a half-translated ribbon.
 */
function checkOverrides(root: Element): string[] {
  const problems: string[] = [];
  const sets = new Map<string, string[]>();
  for (const el of Array.from(root.getElementsByTagName('*') as unknown as Element[])) {
    const overrides = children(el, 'Override');
    if (overrides.length === 0) continue;
    const name = el.getAttribute('id') || (el.localName ?? '');
    const inBt = el.namespaceURI === OUTLOOK_NS.bt;
    const max = el.parentNode && (el.parentNode as Element).localName === 'ShortStrings' ? 125 : el.localName === 'DisplayName' ? 125 : 250;
    const locales: string[] = [];
    for (const o of overrides) {
      const locale = o.getAttribute('Locale') ?? '';
      const value = o.getAttribute('Value') ?? '';
      if (inBt !== (o.namespaceURI === OUTLOOK_NS.bt)) problems.push(`${name}: its Override must be in the ${inBt ? 'bt' : 'appforoffice'} namespace`);
      if (!LOCALE.test(locale)) problems.push(`${name}: Override Locale "${locale}" is not a language-REGION name`);
      if (locales.includes(locale)) problems.push(`${name}: Override for ${locale} repeats`);
      if (!value.trim()) problems.push(`${name}: Override for ${locale} is empty`);
      if (value.length > max) problems.push(`${name}: Override for ${locale} is longer than ${max} characters`);
      locales.push(locale);
    }
    sets.set(name, locales.sort());
  }
  const [first, ...rest] = [...sets.entries()];
  for (const [name, locales] of rest) {
    if (first && locales.join() !== first[1].join()) problems.push(`${name} is translated into ${locales.join(', ')}, ${first[0]} into ${first[1].join(', ')}`);
  }
  return problems;
}
