/** The shape of one row of the service table (see services.ts). */

/** Where a link was found; some URL shapes are only trusted from some places. */
export type LinkSource = 'structured' | 'location' | 'body';

export interface ServicePattern {
  /**
   * Host rules: `zoom.us` (exactly), `*.zoom.us` (any subdomain, not the bare domain),
   * `jitsi.*` (a self-hosted instance whose first label says what it runs, three labels or more).
   * Anyone can register such a name, so `label.*` rules only ever match the `structured` join URL,
   * whatever `only` says.
   */
  hosts: readonly string[];
  /**
   * Anchored test of the URL's pathname (as the URL class encodes it). Named groups feed the
   * app-URL template and identify the meeting: `id` (meeting id), `room`, anything else.
   */
  path: RegExp;
  /** At least one of these query parameters must be present. */
  query?: readonly string[];
  /** Test of the fragment, for services that route in it. */
  hash?: RegExp;
  /** Query parameter holding the meeting id when the path does not. */
  idParam?: string;
  /** Query parameter that identifies the meeting without being a number people type (Webex `MTID`). */
  keyParam?: string;
  /** Query parameter holding the human passcode (Teams `p`). */
  passcodeParam?: string;
  /** Query parameter holding a link secret (Zoom `pwd`): not shown, but makes the link better. */
  secretParam?: string;
  /** 1-based path segment holding the passcode (BlueJeans `/<id>/<passcode>`). */
  passcodeSegment?: number;
  /**
   * App URL template. `{host}`, `{path}` (pathname + search), `{id}`, `{secret}` and the path's
   * named groups are filled in (URI-encoded except host and path); a `[...]` part is dropped
   * when a value in it is missing. The scheme is always the template's own.
   */
  app?: string;
  /** Only trust this shape when it comes from here (e.g. a bare YouTube video in a body is not a meeting). */
  only?: readonly LinkSource[];
}

export interface ServiceIcon {
  /** One or two characters drawn on a coloured tile; no network needed. */
  letter: string;
  /** Background colour, `#rrggbb`. */
  color: string;
}

export interface ServiceDefinition {
  id: string;
  name: string;
  patterns: readonly ServicePattern[];
  /** Graph `onlineMeetingProvider` values naming this service. */
  providers?: readonly string[];
  /** Subdomains that are the service's own site, not meeting rooms. */
  notHosts?: readonly string[];
  /** Paths that look like rooms but are the service's own pages. */
  notRooms?: readonly string[];
  /** When the invitation gives no PIN, dialling in asks for the meeting id. */
  dialPinIsMeetingId?: boolean;
  /** App scheme(s) this service's app URLs use, for checks. */
  appSchemes?: readonly string[];
}
