/**
 * Safety properties of join-link detection: whatever the invitation holds, Join only ever opens
 * an https link on a host of the detected service (or that service's own app scheme), and any
 * input is handled in linear time.
 */
import fc from 'fast-check';
import { detectJoinLink, SERVICES, type JoinLinkInput, type ServiceDefinition } from '../../../src/shared/joinlink';

function hostAllowed(service: ServiceDefinition, host: string): boolean {
  return service.patterns.some((p) =>
    p.hosts.some((rule) => {
      if (rule.startsWith('*.')) return host.endsWith(rule.slice(1));
      if (rule.endsWith('.*')) return host.startsWith(rule.slice(0, -1)) && host.split('.').length >= 3;
      return host === rule;
    }),
  );
}

function checkOutput(input: JoinLinkInput): void {
  const result = detectJoinLink(input);
  if (!result) return;
  const service = SERVICES.find((s) => s.id === result.service.id);
  expect(service).toBeDefined();
  const url = new URL(result.url);
  expect(url.protocol).toBe('https:');
  expect(url.username + url.password + url.port).toBe('');
  expect(hostAllowed(service!, url.hostname)).toBe(true);
  if (result.appUrl !== undefined) {
    const scheme = result.appUrl.slice(0, result.appUrl.indexOf(':') + 1);
    expect(service!.appSchemes ?? []).toContain(scheme);
  }
}

// Building blocks that make the random inputs land near real links instead of pure noise.
const realHosts = SERVICES.flatMap((s) => s.patterns.flatMap((p) => p.hosts)).map((h) =>
  h.replace('*.', 'acme.').replace('.*', '.example.org'),
);
const host = fc.oneof(
  { arbitrary: fc.constantFrom(...realHosts), weight: 8 },
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
  { arbitrary: fc.constantFrom('/j/85312345678?pwd=abc', '/l/meetup-join/19%3ameeting_x%40thread.v2/0', '/abc-defg-hij', '/meet/jdoe', '/my/jane', '/r/room', '/huddle/T0123ABCD/C0456EFGH', '/room/#/x', '/join#v=1&p=a'), weight: 4 },
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

describe('linear time on adversarial input', () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const shapes: Array<[string, string]> = [
    ['repeated scheme', fill('https://')],
    ['one endless URL', 'https://zoom.us/j/' + fill('1')],
    ['unclosed tags', fill('<a href="')],
    ['angle brackets', fill('<http')],
    ['entities', fill('&#&amp')],
    ['closing parens', fill('https://a.example/' + ')'.repeat(5000) + ' ')],
    ['punctuation runs', fill('.'.repeat(3000) + 'x')],
    ['digit runs', fill('+1 ')],
    ['labels without values', fill('Meeting ID: Passcode: PIN ')],
    ['soft breaks', fill('https://zoom.us/j/123456789' + 'a'.repeat(60) + '\n%1')],
    ['quoted-printable', fill('=3D=\n')],
    ['hyphen words', fill('a-')],
    ['phone lines', fill('+1 1 1 1 1 1 1 1 1 1 1 1,,1,1,1,1 PIN: 1 1 1 1 1 1 1\n')],
    ['label lines', fill('Meeting ID: 1 1 1 1 1 1 1 1 1 1 1 1 1 1 Passcode: Access code: 1 1 1 1 1 1 1 1\n')],
    ['nested safelinks', fill('https://nam12.safelinks.protection.outlook.com/?url=https%253A ')],
  ];

  it.each(shapes)('handles 1 MB of %s quickly', (_, content) => {
    for (const contentType of ['text', 'html'] as const) {
      const started = performance.now();
      detectJoinLink({ body: { contentType, content }, locations: [content.slice(0, 65536)] });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
