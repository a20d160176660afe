/**
 * The meeting apps' own URL schemes we hand to the operating system. The join-link table builds
 * app URLs itself (never copying them from an invitation), and this list is the last gate: a
 * scheme not here (javascript:, data:, file:, ms-settings:, …) is never opened.
 */
export const APP_SCHEMES: ReadonlySet<string> = new Set([
  'msteams:',
  'zoommtg:',
  'zoomus:',
  'chime:',
  'jitsi-meet:',
  'slack:',
  'discord:',
  'webex:',
  'wbx:',
  'facetime:',
  'facetime-audio:',
]);

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol.toLowerCase();
  } catch {
    throw new TypeError('Not a valid URL');
  }
}

export function assertAppUrl(url: string): void {
  if (!APP_SCHEMES.has(protocolOf(url))) throw new TypeError('Not a meeting app link');
}

/** Only web links leave the pane through openUrl; anything else (javascript:, data:) is refused. */
export function assertWebUrl(url: string): void {
  const protocol = protocolOf(url);
  if (protocol !== 'https:' && protocol !== 'http:') throw new TypeError('Only http(s) links can be opened');
}
