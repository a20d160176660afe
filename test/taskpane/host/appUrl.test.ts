import { SERVICES } from '../../../src/shared/joinlink';
import { APP_SCHEMES, assertAppUrl, assertWebUrl } from '../../../src/taskpane/host/appUrl';

describe('app links', () => {
  it('allows every scheme the join-link table builds', () => {
    const schemes = new Set<string>();
    for (const service of SERVICES) {
      for (const scheme of service.appSchemes ?? []) schemes.add(scheme);
      for (const pattern of service.patterns) if (pattern.app) schemes.add(pattern.app.slice(0, pattern.app.indexOf(':') + 1));
    }
    expect(schemes.size).toBeGreaterThan(3);
    for (const scheme of schemes) expect(APP_SCHEMES.has(scheme)).toBe(true);
  });

  it.each([
    'msteams:/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    'zoommtg://zoom.us/join?action=join&confno=81234567890',
    'slack://join-huddle?team=T123&id=C456',
    'MSTEAMS:/l/meetup-join/x',
  ])('opens %s', (url) => {
    expect(() => assertAppUrl(url)).not.toThrow();
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'https://zoom.us/j/1', 'ms-settings:privacy', 'not a url'])(
    'refuses %s',
    (url) => {
      expect(() => assertAppUrl(url)).toThrow(TypeError);
    },
  );

  it('web links are http(s) only', () => {
    expect(() => assertWebUrl('https://teams.microsoft.com/l/meetup-join/x')).not.toThrow();
    expect(() => assertWebUrl('javascript:alert(1)')).toThrow(TypeError);
    expect(() => assertWebUrl('msteams:/l/x')).toThrow(TypeError);
  });
});
