/**
 * Safety properties of join-link detection: whatever the invitation holds, Join only ever opens
 * an https link on a domain the detected service's vendor owns (or that service's own app
 * scheme), a self-hosted server only when it is the event's own join URL, and any input is
 * handled in linear time.
 */
import fc from 'fast-check';
import { ADVERSARIAL_SHAPES } from '../../../bench/joinlink-adversarial';
import { detectJoinLink, SERVICES, type JoinLinkInput } from '../../../src/shared/joinlink';

/**
 * Written by hand from who owns which domain, deliberately not derived from the service table:
 * a host passes if it is one of these or a subdomain of one. Looser than the table, so it cannot
 * check paths, but it catches any Join that lands outside the vendor.
 */
const VENDOR_DOMAINS: Record<string, readonly string[]> = {
  teams: ['microsoft.com', 'live.com', 'cloud.microsoft', 'microsoft.us'],
  zoom: ['zoom.us', 'zoom.com', 'zoom.com.cn'],
  zoomgov: ['zoomgov.com'],
  webex: ['webex.com'],
  gong: ['gong.io'],
  'google-meet': ['google.com'],
  'google-meet-stream': ['google.com'],
  hangouts: ['google.com'],
  goto: ['gotomeeting.com', 'goto.com'],
  gotowebinar: ['gotowebinar.com'],
  gototraining: ['gototraining.com'],
  chime: ['chime.aws'],
  bluejeans: ['bluejeans.com'],
  ringcentral: ['ringcentral.com', 'att.com'],
  jitsi: ['jit.si'],
  whereby: ['whereby.com'],
  '8x8': ['8x8.vc'],
  slack: ['slack.com'],
  discord: ['discord.com', 'discordapp.com', 'discord.gg'],
  skype: ['skype.com'],
  'skype-for-business': ['lync.com'],
  lifesize: ['lifesizecloud.com'],
  vonage: ['vonage.com'],
  around: ['around.co'],
  livestorm: ['livestorm.co', 'livestorm.com'],
  riverside: ['riverside.fm', 'riverside.com'],
  streamyard: ['streamyard.com'],
  'zoho-meeting': ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'],
  'zoho-cliq': ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au'],
  lark: ['larksuite.com'],
  feishu: ['feishu.cn'],
  voov: ['voovmeeting.com'],
  'tencent-meeting': ['tencent.com'],
  zhumu: ['zhumu.com'],
  gather: ['gather.town'],
  tuple: ['tuple.app'],
  pop: ['pop.com'],
  demio: ['demio.com'],
  vimeo: ['vimeo.com'],
  youtube: ['youtube.com', 'youtu.be'],
  livekit: ['livekit.io'],
  'cal-video': ['cal.com'],
  pumble: ['pumble.com'],
  'proton-meet': ['proton.me'],
  facetime: ['apple.com'],
  reclaim: ['reclaim.ai'],
  chorus: ['chorus.ai'],
  userzoom: ['userzoom.com'],
  'doxy-me': ['doxy.me'],
  meetecho: ['meetecho.com'],
  'join-me': ['join.me'],
  dialpad: ['dialpad.com', 'uberconference.com'],
  blizz: ['blizz.com'],
  teamviewer: ['teamviewer.com'],
  vsee: ['vsee.com', 'vsee.me'],
  starleaf: ['starleaf.com'],
  'google-duo': ['goo.gl'],
  workplace: ['workplace.com'],
  jam: ['jam.systems'],
  'blackboard-collaborate': ['bbcollab.com'],
  coscreen: ['coscreen.co'],
  vowel: ['vowel.com'],
  ovice: ['ovice.in'],
  luma: ['lu.ma', 'luma.com'],
  venue: ['venue.live'],
  teemyco: ['teemyco.com'],
  'suit-conference': ['istesuit.com'],
  'element-call': ['element.io'],
  bigbluebutton: [],
  'adobe-connect': ['adobeconnect.com'],
  clickmeeting: ['clickmeeting.com'],
  daily: ['daily.co'],
  airmeet: ['airmeet.com'],
  huddle01: ['huddle01.com'],
  signal: ['signal.link'],
  whatsapp: ['whatsapp.com'],
  vidyo: ['vidyocloud.com'],
  crowdcast: ['crowdcast.io'],
  'avaya-spaces': ['avayacloud.com'],
  dingtalk: ['dingtalk.com'],
};

/** Services whose servers an organisation runs under its own name. */
const SELF_HOSTED = new Set(['jitsi', 'bigbluebutton', 'skype-for-business']);

const ownedBy = (host: string, domains: readonly string[]): boolean =>
  domains.some((d) => host === d || host.endsWith('.' + d));

function checkOutput(input: JoinLinkInput): void {
  const result = detectJoinLink(input);
  if (!result) return;
  const service = SERVICES.find((s) => s.id === result.service.id);
  expect(service).toBeDefined();
  const url = new URL(result.url);
  expect(url.protocol).toBe('https:');
  expect(url.username + url.password + url.port).toBe('');
  const host = url.hostname;
  if (!ownedBy(host, VENDOR_DOMAINS[result.service.id] ?? [])) {
    // Only the provider's own join URL may point at a server outside the vendor's domains.
    expect([result.service.id, SELF_HOSTED.has(result.service.id)]).toEqual([result.service.id, true]);
    expect([host, (input.joinUrl ?? '').toLowerCase().includes(host)]).toEqual([host, true]);
  }
  if (result.appUrl !== undefined) {
    const scheme = result.appUrl.slice(0, result.appUrl.indexOf(':') + 1);
    expect(service!.appSchemes ?? []).toContain(scheme);
  }
}

// Building blocks that make the random inputs land near real links instead of pure noise.
const realHosts = SERVICES.flatMap((s) => s.patterns.flatMap((p) => p.hosts)).map((h) =>
  h.replace('*.', 'acme.').replace('.*', '.example.org'),
);
// Names anyone can register that look like a self-hosted server.
const lookalikeHosts = ['jitsi.attacker-login.com', 'bbb.evil.example', 'bigbluebutton.evil.example', 'meet.evil.example', 'lync.evil.example', 'join.evil.example'];
const host = fc.oneof(
  { arbitrary: fc.constantFrom(...realHosts), weight: 8 },
  { arbitrary: fc.constantFrom(...lookalikeHosts), weight: 2 },
  fc.constantFrom(...realHosts).map((h) => `${h}.evil.example`),
  fc.constantFrom(...realHosts).map((h) => `${h}@evil.example`),
  fc.constantFrom(...realHosts).map((h) => `evil.example@${h}`),
  fc.constantFrom('xn--zm-jub.us', 'zооm.us', '127.0.0.1', 'zoom.us:8443', 'zoom.us.', 'evil.example', 'zoom.us\\@evil.example'),
);
const scheme = fc.oneof(
  { arbitrary: fc.constant('https://'), weight: 8 },
  fc.constantFrom('http://', 'javascript://', 'data:text/html,', 'zoommtg://', 'msteams:', 'HTTPS://', '//'),
);
const path = fc.oneof(
  { arbitrary: fc.constantFrom('/j/85312345678?pwd=abc', '/l/meetup-join/19%3ameeting_x%40thread.v2/0', '/abc-defg-hij', '/meet/jdoe', '/my/jane', '/r/room', '/huddle/T0123ABCD/C0456EFGH', '/room/#/x', '/join#v=1&p=a', '/Standup-room', '/b/abc-def', '/jdoe/N3QW8K1Z'), weight: 4 },
  fc.string({ maxLength: 30 }).map((s) => '/' + s),
);
const link = fc.tuple(scheme, host, path).map(([a, b, c]) => a + b + c);
const wrapped = fc.oneof(
  link,
  link.map((l) => `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(l)}&data=1`),
  link.map((l) => `https://www.google.com/url?q=${encodeURIComponent(l)}`),
  link.map((l) => `https://urldefense.com/v3/__${l}__;!!X$`),
  link.map((l) => `https://protect-eu.mimecast.com/s/x?domain=${l.replace(/^\w+:\/\//, '').split('/')[0] ?? ''}`),
);
const filler = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('\n', ' ', '<br>', '&amp;', '=\n', '<', '>', '"', 'Passcode: 1234', 'Meeting ID: 123 456 789', '+1 555 0100,,123#'));
const textBody = fc.array(fc.oneof(wrapped, filler), { maxLength: 8 }).map((parts) => parts.join(' '));
const htmlBody = fc
  .array(fc.oneof(wrapped.map((l) => `<a href="${l}">Join</a>`), wrapped.map((l) => `<a href='x'>${l}</a>`), filler), { maxLength: 8 })
  .map((parts) => parts.join(''));
const input: fc.Arbitrary<JoinLinkInput> = fc.record(
  {
    joinUrl: fc.option(wrapped, { nil: undefined }),
    onlineMeetingProvider: fc.option(fc.constantFrom('teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown'), { nil: undefined }),
    locations: fc.array(fc.oneof(wrapped, textBody), { maxLength: 3 }),
    body: fc.option(
      fc.oneof(
        textBody.map((content) => ({ contentType: 'text' as const, content })),
        htmlBody.map((content) => ({ contentType: 'html' as const, content })),
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: [] },
);

describe('join-link safety', () => {
  it('never outputs a scheme or host outside the detected service', () => {
    fc.assert(fc.property(input, (i) => checkOutput(i)), { numRuns: 3000 });
  });

  it('has a vendor allow-list entry for every service (a new service must be listed by hand)', () => {
    expect(SERVICES.map((s) => s.id).filter((id) => !(id in VENDOR_DOMAINS))).toEqual([]);
  });

  it('never offers a self-hosted lookalike found in a body or location', () => {
    const noStructured = input.map(({ joinUrl: _, ...rest }) => rest);
    fc.assert(
      fc.property(noStructured, (i) => {
        const result = detectJoinLink(i);
        if (result) expect(ownedBy(new URL(result.url).hostname, VENDOR_DOMAINS[result.service.id] ?? [])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('does find links in the generated inputs (the property is not vacuous)', () => {
    const samples = fc.sample(input, { numRuns: 2000, seed: 42 });
    expect(samples.filter((i) => detectJoinLink(i) !== undefined).length).toBeGreaterThan(100);
  });

  it('never copies an app-scheme link from the invitation', () => {
    const result = detectJoinLink({
      body: { contentType: 'html', content: '<a href="zoommtg://evil.example/join?confno=1">Open in app</a> https://zoom.us/j/123456789' },
    });
    expect(result?.appUrl).toBe('zoommtg://zoom.us/join?action=join&confno=123456789');
  });
});

describe('adversarial input (1 MB shapes; their time is judged in bench/joinlink-adversarial.ts)', () => {
  // No clock here: a quadratic reader would take minutes on 1 MB and fail by the suite's timeout;
  // the 2 s budget itself lives in `npm run bench`, measured in CPU time.
  it.each(ADVERSARIAL_SHAPES)('reads 1 MB of %s to a safe answer', (_, content) => {
    for (const contentType of ['text', 'html'] as const) {
      const result = detectJoinLink({ body: { contentType, content }, locations: [content.slice(0, 65536)] });
      if (result) expect(result.url).toMatch(/^https:\/\//);
    }
  });
});
