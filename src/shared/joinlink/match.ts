import { SERVICES } from './services';
import type { LinkSource, ServiceDefinition, ServicePattern } from './service-types';

/** A link recognised as one service's meeting. */
export interface ServiceMatch {
  service: ServiceDefinition;
  /** The https URL to open (normalised by the URL class). */
  url: string;
  /** Identifies the meeting within the service, so two links to it can be compared. */
  key: string;
  meetingId?: string;
  passcode?: string;
  /** The link carries a passcode or link secret (Zoom `pwd`): the better of two links to one meeting. */
  carriesPasscode: boolean;
  appUrl?: string;
}

interface Rule {
  service: ServiceDefinition;
  pattern: ServicePattern;
  /** Matched by a first-label wildcard (`jitsi.*`): any domain owner can mint such a host. */
  selfHosted?: true;
}

/** Host rules indexed three ways so a lookup costs a few map reads whatever the table size. */
const exact = new Map<string, Rule[]>();
const suffix = new Map<string, Rule[]>();
const firstLabel = new Map<string, Rule[]>();

function put(map: Map<string, Rule[]>, key: string, rule: Rule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

for (const service of SERVICES) {
  for (const pattern of service.patterns) {
    for (const host of pattern.hosts) {
      const rule = { service, pattern };
      if (host.startsWith('*.')) put(suffix, host.slice(2), rule);
      else if (host.endsWith('.*')) put(firstLabel, host.slice(0, -2), { ...rule, selfHosted: true });
      else put(exact, host, rule);
    }
  }
}

const NONE: readonly Rule[] = [];
/** Recently asked hosts: a body names the same few hosts again and again. Bounded, oldest out. */
const remembered = new Map<string, readonly Rule[]>();
const MAX_REMEMBERED = 512;

/** Every rule for a host: exact, then each `*.` suffix from the longest, then a `label.*` first label. */
function rulesFor(host: string): readonly Rule[] {
  const known = remembered.get(host);
  if (known) return known;
  let found: Rule[] | undefined = exact.get(host)?.slice();
  // Suffixes of at least two labels: `a.b.zoom.us` tries `b.zoom.us`, then `zoom.us`.
  const dots = countDots(host);
  let at = host.indexOf('.');
  for (let seen = 1; at >= 0 && seen <= dots - 1; seen++) {
    const rules = suffix.get(host.slice(at + 1));
    if (rules) (found ??= []).push(...rules);
    at = host.indexOf('.', at + 1);
  }
  if (dots >= 2) {
    const rules = firstLabel.get(host.slice(0, host.indexOf('.')));
    if (rules) (found ??= []).push(...rules);
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(host, found ?? NONE);
  return found ?? NONE;
}

function countDots(host: string): number {
  let n = 0;
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) n++;
  return n;
}

/** Whether any rule could match a link on this host; matchService finds nothing when this is false. */
export function hasServiceRules(host: string): boolean {
  return rulesFor(host).length > 0;
}

/** A template read once: literal text and `{name}` holes, each part either always there or optional (`[...]`). */
type TemplatePart = { text: string } | { name: string };
const compiled = new Map<string, Array<{ optional: boolean; parts: TemplatePart[] }>>();

function compile(template: string): Array<{ optional: boolean; parts: TemplatePart[] }> {
  let found = compiled.get(template);
  if (found) return found;
  const holes = (text: string): TemplatePart[] =>
    text.split(/(\{\w+\})/).filter(Boolean).map((piece) => (/^\{\w+\}$/.test(piece) ? { name: piece.slice(1, -1) } : { text: piece }));
  found = template.split(/(\[[^\]]*\])/).filter(Boolean).map((piece) =>
    piece.startsWith('[') && piece.endsWith(']') ? { optional: true, parts: holes(piece.slice(1, -1)) } : { optional: false, parts: holes(piece) },
  );
  compiled.set(template, found);
  return found;
}

/** Fills an app-URL template; `[...]` parts with a missing value are dropped. */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string | undefined {
  let out = '';
  for (const section of compile(template)) {
    let filled = '';
    let missing = false;
    for (const part of section.parts) {
      if ('text' in part) {
        filled += part.text;
        continue;
      }
      const value = values[part.name];
      if (value === undefined || value === '') {
        missing = true;
        break;
      }
      filled += part.name === 'host' || part.name === 'path' ? value : encodeURIComponent(value);
    }
    if (missing && !section.optional) return undefined;
    if (!missing) out += filled;
  }
  return out;
}

function param(url: URL, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}

/** Tries one parsed https URL against the table. */
export function matchService(url: URL, source: LinkSource): ServiceMatch | undefined {
  const host = url.hostname;
  const path = url.pathname;
  for (const { service, pattern, selfHosted } of rulesFor(host)) {
    // Enforced here, not left to each table row, so a new `label.*` rule cannot forget it.
    if (selfHosted && source !== 'structured') continue;
    if (pattern.only && !pattern.only.includes(source)) continue;
    if (service.notHosts?.includes(host)) continue;
    const m = pattern.path.exec(path);
    if (!m) continue;
    const groups: Record<string, string | undefined> = m.groups ?? {};
    const name = (groups.room ?? groups.id)?.toLowerCase();
    if (name !== undefined && service.notRooms?.includes(name)) continue;
    if (pattern.query && !pattern.query.some((q) => url.searchParams.has(q))) continue;
    if (pattern.hash && !pattern.hash.test(url.hash)) continue;

    const meetingId = groups.id ?? groups.wid ?? param(url, pattern.idParam);
    const passcode =
      param(url, pattern.passcodeParam) ??
      (pattern.passcodeSegment ? path.split('/')[pattern.passcodeSegment] || undefined : undefined);
    const secret = param(url, pattern.secretParam);
    const key = meetingId ?? groups.room ?? param(url, pattern.keyParam) ?? path.toLowerCase();
    const appUrl = pattern.app
      ? fillTemplate(pattern.app, { ...groups, host, path: path + url.search, id: meetingId, secret })
      : undefined;
    // Built field by field: optional fields are left out rather than set to undefined.
    const found: ServiceMatch = { service, url: url.href, key: key.toLowerCase(), carriesPasscode: passcode !== undefined || secret !== undefined };
    if (meetingId !== undefined) found.meetingId = meetingId;
    if (passcode !== undefined) found.passcode = passcode;
    if (appUrl !== undefined) found.appUrl = appUrl;
    return found;
  }
  return undefined;
}
