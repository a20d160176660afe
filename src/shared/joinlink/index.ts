/**
 * Join-link detection (brief §4): from an event's structured join URL, provider, locations and
 * body, the one meeting link Join opens, plus what the invitation says about dialling in.
 * Pure and platform-neutral (WHATWG URL, no Node APIs): the server and the browser both use it.
 */
import { readDetails } from './details';
import { readHtml } from './html';
import { hasServiceRules, matchService, type ServiceMatch } from './match';
import { SERVICES } from './services';
import type { LinkSource, ServiceDefinition } from './service-types';
import { findUrls, normaliseText } from './text';
import type { JoinLink, JoinLinkInput } from './types';
import { isWrapperHost, unwrapAll } from './unwrap';
import { parseWebUrl, rawHost } from './url';

export { SERVICES } from './services';
export type { ServiceDefinition, ServiceIcon, ServicePattern, LinkSource } from './service-types';
export type { DialIn, JoinLink, JoinLinkInput, MeetingService } from './types';
export { dialInTelUrl } from './details';
export { unwrapAll, unwrapOnce, decodeProofpointV2, decodeProofpointV3 } from './unwrap';
export { parseWebUrl } from './url';

const byId = new Map(SERVICES.map((s) => [s.id, s]));
/** Graph's `onlineMeetingProvider` values (`teamsForBusiness`, …) to their service. */
const byProvider = new Map(SERVICES.flatMap((s) => (s.providers ?? []).map((p) => [p, s] as const)).reverse());

/** The table row for a service id (for its icon and name), or `undefined`. */
export function findService(id: string): ServiceDefinition | undefined {
  return byId.get(id);
}

interface Candidate {
  match: ServiceMatch;
  source: LinkSource;
  /** Offset in the body text; locations and the structured URL have none. */
  pos?: number;
}

/** Unwraps and matches one raw link; `visible` is the link's own text, used only behind an opaque wrapper. */
function resolve(raw: string, source: LinkSource, visible?: string): ServiceMatch | undefined {
  const href = raw.trim();
  // Most links in a long body go to hosts no service or wrapper uses: refuse those unparsed.
  // parseWebUrl accepts only links whose parsed host is this raw host, so nothing is lost.
  const host = rawHost(href);
  if (!hasServiceRules(host) && !isWrapperHost(host)) return undefined;
  const unwrapped = unwrapAll(href, parseWebUrl);
  if (!unwrapped) return undefined;
  if ('opaque' in unwrapped) {
    // Mimecast keeps only the target's domain; the visible text may be the original link. Trust it
    // only when it points inside that domain, and never unwrap further from it.
    const { domain } = unwrapped;
    if (!domain || !visible) return undefined;
    const url = parseWebUrl(visible.trim());
    if (!url || (url.hostname !== domain && !url.hostname.endsWith('.' + domain))) return undefined;
    return matchService(url, source);
  }
  return matchService(unwrapped.url, source);
}

function fromText(text: string, source: LinkSource, out: Candidate[], skip?: Array<{ start: number; end: number }>): void {
  for (const found of findUrls(text, skip)) {
    for (const raw of found.raws) {
      const match = resolve(raw, source);
      if (match) {
        out.push({ match, source, ...(source === 'body' && { pos: found.start }) });
        break;
      }
    }
  }
}

function bodyCandidates(input: JoinLinkInput): { text: string; candidates: Candidate[] } {
  const body = input.body;
  const candidates: Candidate[] = [];
  if (!body || typeof body.content !== 'string' || !body.content) return { text: '', candidates };
  if (body.contentType === 'html') {
    const { text, links } = readHtml(normaliseText(body.content));
    for (const link of links) {
      const match = resolve(link.href, 'body', text.slice(link.start, link.end));
      if (match) candidates.push({ match, source: 'body', pos: link.start });
    }
    // Links written out as text count too, except inside an <a>: there the target counts, and
    // visible text that differs from it must not be offered.
    fromText(text, 'body', candidates, links);
    candidates.sort((a, b) => (a.pos ?? 0) - (b.pos ?? 0));
    return { text, candidates };
  }
  const text = normaliseText(body.content);
  fromText(text, 'body', candidates);
  return { text, candidates };
}

/** The part of the body that belongs to the chosen meeting: up to the neighbouring links of other services. */
function scopeOf(text: string, chosen: Candidate, all: Candidate[]): string {
  if (chosen.pos === undefined) return text;
  let start = 0;
  let end = text.length;
  for (const c of all) {
    if (c.pos === undefined || c.match.service.id === chosen.match.service.id) continue;
    if (c.pos < chosen.pos) start = Math.max(start, c.pos);
    else if (c.pos > chosen.pos) end = Math.min(end, c.pos);
  }
  return text.slice(start, end);
}

/** Detects the link Join should open. `undefined` when the event carries no recognisable meeting link. */
export function detectJoinLink(input: JoinLinkInput): JoinLink | undefined {
  const structured: Candidate[] = [];
  if (typeof input.joinUrl === 'string' && input.joinUrl) {
    const match = resolve(input.joinUrl, 'structured');
    if (match) structured.push({ match, source: 'structured' });
  }
  const located: Candidate[] = [];
  for (const location of input.locations ?? []) {
    if (typeof location === 'string' && location) fromText(normaliseText(location), 'location', located);
  }
  const { text, candidates: inBody } = bodyCandidates(input);
  const all = [...structured, ...located, ...inBody];

  const provider = input.onlineMeetingProvider ? byProvider.get(input.onlineMeetingProvider) : undefined;
  let chosen =
    structured[0] ?? (provider && all.find((c) => c.match.service === provider)) ?? located[0] ?? inBody[0];
  if (!chosen) return undefined;

  // Of two links to the same meeting, the one carrying the passcode wins.
  if (!chosen.match.carriesPasscode) {
    const pick = chosen;
    const better = all.find(
      (c) => c.match.carriesPasscode && c.match.service === pick.match.service && c.match.key === pick.match.key,
    );
    if (better) chosen = better;
  }

  const { match } = chosen;
  const details = readDetails(scopeOf(text, chosen, inBody));
  const meetingId = match.meetingId ?? details.meetingId;
  const passcode = match.passcode ?? details.passcode;
  const fallbackPin =
    details.pin ?? (match.service.dialPinIsMeetingId && meetingId && /^[\d -]+$/.test(meetingId) ? meetingId.replace(/\D/g, '') + '#' : undefined);
  const dialIn = details.dialIn.map((d) => (d.pin || !fallbackPin ? d : { ...d, pin: fallbackPin }));

  return {
    service: { id: match.service.id, name: match.service.name },
    url: match.url,
    ...(match.appUrl !== undefined && { appUrl: match.appUrl }),
    ...(meetingId !== undefined && { meetingId }),
    ...(passcode !== undefined && { passcode }),
    ...(dialIn.length > 0 && { dialIn }),
  };
}
