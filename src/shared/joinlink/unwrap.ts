/**
 * Link wrappers put in front of the real URL by mail security products and redirectors.
 * Each unwrapper recovers the original when it is carried in the link; a wrapper that only keeps
 * an opaque token (Mimecast) is reported so the caller can fall back to the visible link text.
 */

/** What unwrapping one layer found. */
export type Unwrapped =
  | { kind: 'url'; url: string }
  /** An opaque rewrite; `domain` is what the wrapper says the original pointed to. */
  | { kind: 'opaque'; domain?: string }
  | { kind: 'none' };

const MAX_LAYERS = 8;
const GOOGLE_HOST = /^(?:www\.)?google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;
const MCAS_SUFFIX = /\.(?:mcas\.ms|mcas-gov\.us|mcas-gov\.ms|[a-z]{2}\d?\.cas\.ms)$/;

function endsWithDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

function base64Decode(text: string): string | undefined {
  try {
    const normal = text.replace(/-/g, '+').replace(/_/g, '/');
    const padded = normal + '='.repeat((4 - (normal.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Proofpoint URL Defense v2: `u=https-3A__host_path` (`-` stands for `%`, `_` for `/`). */
export function decodeProofpointV2(u: string): string | undefined {
  return safeDecode(u.replace(/-/g, '%').replace(/_/g, '/'));
}

const RUN_LENGTHS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Proofpoint URL Defense v3: `https://urldefense.com/v3/__<url>__;<base64>!!<sig>$`. Characters it
 * would not leave in the URL are replaced by `*` (or `**X` for a run of X+2), and the originals
 * are carried, base64url-encoded, after `__;`.
 */
export function decodeProofpointV3(href: string): string | undefined {
  const start = href.indexOf('/v3/__');
  if (start < 0) return undefined;
  const body = href.slice(start + 6);
  const end = body.lastIndexOf('__;');
  if (end < 0) return undefined;
  const url = body.slice(0, end);
  const tail = body.slice(end + 3);
  const bang = tail.indexOf('!');
  const replacements = [...(base64Decode(bang < 0 ? tail : tail.slice(0, bang)) ?? '')];
  let next = 0;
  let failed = false;
  const out = url.replace(/\*(\*.)?/g, (token: string) => {
    const count = token.length === 1 ? 1 : RUN_LENGTHS.indexOf(token[2] ?? '') + 2;
    if (count < 1 || next + count > replacements.length) {
      failed = true;
      return '';
    }
    const chars = replacements.slice(next, next + count).join('');
    next += count;
    return chars;
  });
  return failed ? undefined : out;
}

const MIMECAST_HOST = /^protect(?:-[a-z]{2,4})?\.mimecast\.com$/;

/**
 * The hosts some wrapper below is read from. unwrapOnce answers `none` for every other host, so a
 * link elsewhere need not be parsed to know it wraps nothing.
 */
export function isWrapperHost(host: string): boolean {
  return (
    endsWithDomain(host, 'safelinks.protection.outlook.com') ||
    endsWithDomain(host, 'safelinks.protection.office365.us') ||
    endsWithDomain(host, 'safelinks.protection.apps.mil') ||
    host === 'statics.teams.cdn.office.net' ||
    GOOGLE_HOST.test(host) ||
    MCAS_SUFFIX.test(host) ||
    host === 'urldefense.proofpoint.com' ||
    host === 'urldefense.com' ||
    host === 'urldefense.us' ||
    host === 'linkprotect.cudasvc.com' ||
    endsWithDomain(host, 'trendmicro.com') ||
    host === 'clicktime.symantec.com' ||
    endsWithDomain(host, 'protection.sophos.com') ||
    host === 'secure-web.cisco.com' ||
    MIMECAST_HOST.test(host) ||
    host === 'url.uk.m.mimecastprotect.com'
  );
}

/** Removes one wrapping layer. `href` is the raw text (some wrappers must be read before URL normalisation). */
export function unwrapOnce(url: URL, href: string): Unwrapped {
  const host = url.hostname;
  if (!isWrapperHost(host)) return { kind: 'none' };
  const q = (name: string): string | undefined => url.searchParams.get(name) ?? undefined;
  const found = (value: string | undefined): Unwrapped => (value ? { kind: 'url', url: value } : { kind: 'none' });

  // Microsoft Defender for Office 365 Safe Links (mail, commercial and government clouds; Teams).
  if (
    endsWithDomain(host, 'safelinks.protection.outlook.com') ||
    endsWithDomain(host, 'safelinks.protection.office365.us') ||
    endsWithDomain(host, 'safelinks.protection.apps.mil') ||
    (host === 'statics.teams.cdn.office.net' && url.pathname.includes('/safelinks/'))
  ) {
    return found(q('url'));
  }
  // Google redirects (Calendar descriptions, Gmail).
  if (GOOGLE_HOST.test(host) && url.pathname === '/url') return found(q('q') ?? q('url'));
  // Microsoft Defender for Cloud Apps session proxy: the original host with a suffix appended,
  // its own hyphens doubled.
  const mcas = MCAS_SUFFIX.exec(host);
  if (mcas) {
    const original = host.slice(0, mcas.index).replace(/--/g, '-');
    return { kind: 'url', url: `https://${original}${url.pathname}${url.search}${url.hash}` };
  }
  if (host === 'urldefense.proofpoint.com') {
    if (url.pathname === '/v1/url') return found(q('u'));
    if (url.pathname === '/v2/url') {
      const u = q('u');
      return found(u === undefined ? undefined : decodeProofpointV2(u));
    }
  }
  if (host === 'urldefense.com' || host === 'urldefense.us') return found(decodeProofpointV3(href));
  // Barracuda Link Protection, Trend Micro Click Time, Symantec Click Time.
  if (host === 'linkprotect.cudasvc.com' && url.pathname === '/url') return found(q('a'));
  if (endsWithDomain(host, 'trendmicro.com') && url.pathname.includes('/clicktime/')) return found(q('url'));
  if (host === 'clicktime.symantec.com') return found(q('u'));
  // Sophos Email: the original is base64url in `u`.
  if (endsWithDomain(host, 'protection.sophos.com')) {
    const u = q('u');
    return found(u === undefined ? undefined : base64Decode(u));
  }
  // Cisco Secure Email: the original, percent-encoded, is the last path segment.
  if (host === 'secure-web.cisco.com') {
    const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    return found(safeDecode(last));
  }
  // Mimecast keeps only a token and the target's domain.
  if (MIMECAST_HOST.test(host) || host === 'url.uk.m.mimecastprotect.com') {
    const domain = q('domain')?.toLowerCase();
    return domain ? { kind: 'opaque', domain } : { kind: 'opaque' };
  }
  return { kind: 'none' };
}

/**
 * Unwraps every layer (nested Safe Links and friends), parsing each with `parse`.
 * Returns the innermost URL, or the opaque wrapper's verdict.
 */
export function unwrapAll(
  href: string,
  parse: (raw: string) => URL | undefined,
): { url: URL; href: string } | { opaque: true; domain?: string } | undefined {
  let current = href;
  for (let layer = 0; layer <= MAX_LAYERS; layer++) {
    const url = parse(current);
    if (!url) return undefined;
    const inner = unwrapOnce(url, current);
    if (inner.kind === 'none') return { url, href: current };
    if (inner.kind === 'opaque') return inner.domain ? { opaque: true, domain: inner.domain } : { opaque: true };
    current = inner.url.trim();
  }
  return undefined;
}
