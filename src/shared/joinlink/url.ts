/**
 * The one gate every candidate link passes: parse with the WHATWG URL class (same in Node and
 * browsers) and refuse anything that could open somewhere other than where it appears to.
 */

const MAX_URL_LENGTH = 4096;
const ASCII_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
/** A label that is punycode (`xn--`, a lookalike) or starts or ends with a hyphen. */
const BAD_LABEL = /(?:^|\.)(?:xn--|-)|-(?:\.|$)/;

/**
 * The host as the raw text spells it (lower-cased): what follows `//` up to the first `/`, `?` or
 * `#`. parseWebUrl accepts a link only when this equals the parsed hostname, so a host read here
 * that no rule knows can be refused without parsing.
 */
export function rawHost(raw: string): string {
  const start = raw.indexOf('//') + 2;
  let end = start;
  while (end < raw.length) {
    const c = raw.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
    end++;
  }
  return raw.slice(start, end).toLowerCase();
}

/**
 * Parses a candidate web link. Returns `undefined` unless it is http(s) with a plain ASCII
 * domain name: no credentials (`teams.microsoft.com@evil.example`), no port, no IP literal, no
 * punycode labels (lookalike hosts), no trailing dot. `http:` is upgraded to `https:` because
 * the result is only ever opened once its host has been matched against the service table.
 */
export function parseWebUrl(raw: string): URL | undefined {
  if (raw.length > MAX_URL_LENGTH) return undefined;
  const scheme = raw.slice(0, 8).toLowerCase();
  if (!scheme.startsWith('https://') && !scheme.startsWith('http://')) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  const host = url.hostname;
  if (!ASCII_HOST.test(host) || IPV4.test(host)) return undefined;
  if (BAD_LABEL.test(host)) return undefined;
  // The raw text must name the same host the parser found: `https://zoom.us\@evil.example`
  // style tricks (backslashes, tabs, odd separators) parse differently than they read.
  if (rawHost(raw) !== host) return undefined;
  if (url.protocol === 'http:') url.protocol = 'https:';
  return url;
}
