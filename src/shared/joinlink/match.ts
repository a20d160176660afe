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

function rulesFor(host: string): Rule[] {
  const found: Rule[] = [...(exact.get(host) ?? [])];
  const labels = host.split('.');
  for (let i = 1; i <= labels.length - 2; i++) {
    const rest = labels.slice(i).join('.');
    const rules = suffix.get(rest);
    if (rules) found.push(...rules);
  }
  if (labels.length >= 3) found.push(...(firstLabel.get(labels[0] ?? '') ?? []));
  return found;
}

/** Fills an app-URL template; `[...]` parts with a missing value are dropped. */
export function fillTemplate(template: string, values: Record<string, string | undefined>): string | undefined {
  let missing = false;
  const fill = (part: string): string =>
    part.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === '') {
        missing = true;
        return '';
      }
      return name === 'host' || name === 'path' ? value : encodeURIComponent(value);
    });
  const out = template.replace(/\[([^\]]*)\]/g, (_, optional: string) => {
    const before = missing;
    missing = false;
    const filled = fill(optional);
    const dropped = missing;
    missing = before;
    return dropped ? '' : filled;
  });
  const result = fill(out);
  return missing ? undefined : result;
}

function param(url: URL, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const value = url.searchParams.get(name);
  return value === null || value === '' ? undefined : value;
}

/** Tries one parsed https URL against the table. */
export function matchService(url: URL, source: LinkSource): ServiceMatch | undefined {
  const host = url.hostname;
  for (const { service, pattern, selfHosted } of rulesFor(host)) {
    // Enforced here, not left to each table row, so a new `label.*` rule cannot forget it.
    if (selfHosted && source !== 'structured') continue;
    if (pattern.only && !pattern.only.includes(source)) continue;
    if (service.notHosts?.includes(host)) continue;
    const m = pattern.path.exec(url.pathname);
    if (!m) continue;
    const groups: Record<string, string | undefined> = { ...m.groups };
    const name = (groups.room ?? groups.id)?.toLowerCase();
    if (name !== undefined && service.notRooms?.includes(name)) continue;
    if (pattern.query && !pattern.query.some((q) => url.searchParams.has(q))) continue;
    if (pattern.hash && !pattern.hash.test(url.hash)) continue;

    const meetingId = groups.id ?? groups.wid ?? param(url, pattern.idParam);
    const passcode =
      param(url, pattern.passcodeParam) ??
      (pattern.passcodeSegment ? url.pathname.split('/')[pattern.passcodeSegment] || undefined : undefined);
    const secret = param(url, pattern.secretParam);
    const key = meetingId ?? groups.room ?? param(url, pattern.keyParam) ?? url.pathname.toLowerCase();
    const appUrl = pattern.app
      ? fillTemplate(pattern.app, { ...groups, host, path: url.pathname + url.search, id: meetingId, secret })
      : undefined;
    return {
      service,
      url: url.href,
      key: key.toLowerCase(),
      ...(meetingId !== undefined && { meetingId }),
      ...(passcode !== undefined && { passcode }),
      carriesPasscode: passcode !== undefined || secret !== undefined,
      ...(appUrl !== undefined && { appUrl }),
    };
  }
  return undefined;
}
