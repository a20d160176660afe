import {
  decodeProofpointV2,
  decodeProofpointV3,
  parseWebUrl,
  unwrapAll,
  unwrapOnce,
} from '../../../src/shared/joinlink';
import { decodeText, readHtml } from '../../../src/shared/joinlink/html';
import { findUrls, undoQuotedPrintable } from '../../../src/shared/joinlink/text';
import { dialInTelUrl, readDetails } from '../../../src/shared/joinlink/details';
import { fillTemplate } from '../../../src/shared/joinlink/match';

const ZOOM = 'https://zoom.us/j/85312345678?pwd=abc.1';
const enc = encodeURIComponent;

function unwrap(href: string): string | undefined {
  const out = unwrapAll(href, parseWebUrl);
  return out && 'url' in out ? out.url.href : undefined;
}

describe('unwrapOnce', () => {
  it('reads Safe Links in commercial and government clouds', () => {
    for (const host of ['nam12.safelinks.protection.outlook.com', 'gcc02.safelinks.protection.office365.us']) {
      const href = `https://${host}/?url=${enc(ZOOM)}&data=05&reserved=0`;
      expect(unwrapOnce(new URL(href), href)).toEqual({ kind: 'url', url: ZOOM });
    }
  });

  it('does not treat a lookalike of the Safe Links host as a wrapper', () => {
    const href = `https://safelinks.protection.outlook.com.evil.example/?url=${enc(ZOOM)}`;
    expect(unwrapOnce(new URL(href), href)).toEqual({ kind: 'none' });
  });

  it('reads Google redirects only on the /url path', () => {
    const redirect = `https://www.google.com/url?q=${enc(ZOOM)}&sa=D`;
    expect(unwrapOnce(new URL(redirect), redirect)).toEqual({ kind: 'url', url: ZOOM });
    const search = `https://www.google.com/search?q=${enc(ZOOM)}`;
    expect(unwrapOnce(new URL(search), search)).toEqual({ kind: 'none' });
  });

  it('strips the Defender for Cloud Apps proxy suffix', () => {
    const href = 'https://acme.zoom.us.mcas.ms/j/123456789?pwd=x';
    expect(unwrapOnce(new URL(href), href)).toEqual({ kind: 'url', url: 'https://acme.zoom.us/j/123456789?pwd=x' });
  });

  it('reports Mimecast as opaque with the domain it names', () => {
    const href = 'https://protect-eu.mimecast.com/s/AbCd?domain=zoom.us';
    expect(unwrapOnce(new URL(href), href)).toEqual({ kind: 'opaque', domain: 'zoom.us' });
  });
});

describe('Proofpoint decoders', () => {
  it('decodes v2 (-XX escapes, _ for /)', () => {
    expect(decodeProofpointV2('https-3A__zoom.us_j_85312345678-3Fpwd-3Dabc.1')).toBe(ZOOM);
  });

  it('decodes v3 with single and run-length replacements', () => {
    const b64 = (s: string): string => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    expect(decodeProofpointV3(`https://urldefense.com/v3/__https://zoom.us/j/85312345678*pwd*abc.1__;${b64('?=')}!!X!Y$`)).toBe(ZOOM);
    // `**A` stands for a run of two replaced characters.
    expect(decodeProofpointV3(`https://urldefense.com/v3/__https://a.example/x**Ay__;${b64('%7')}!!X$`)).toBe('https://a.example/x%7y');
  });

  it('refuses v3 links whose replacement data is short', () => {
    expect(decodeProofpointV3('https://urldefense.com/v3/__https://zoom.us/j/1*2__;!!X$')).toBeUndefined();
  });
});

describe('unwrapAll', () => {
  it('peels nested layers of different wrappers', () => {
    const inner = `https://urldefense.proofpoint.com/v1/url?u=${enc(ZOOM)}&k=1`;
    const outer = `https://eur02.safelinks.protection.outlook.com/?url=${enc(`https://www.google.com/url?q=${enc(inner)}`)}`;
    expect(unwrap(outer)).toBe(ZOOM);
  });

  it('gives up after a bounded number of layers', () => {
    let href = ZOOM;
    for (let i = 0; i < 20; i++) href = `https://nam12.safelinks.protection.outlook.com/?url=${enc(href)}`;
    expect(unwrap(href)).toBeUndefined();
  });

  it('rejects unsafe inner targets', () => {
    for (const target of ['javascript:alert(1)', 'data:text/html,x', 'https://zoom.us@evil.example/j/1', 'https://zoom.us:444/j/1']) {
      expect(unwrap(`https://nam12.safelinks.protection.outlook.com/?url=${enc(target)}`)).toBeUndefined();
    }
  });
});

describe('parseWebUrl', () => {
  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,hi'],
    ['ftp://zoom.us/j/1'],
    ['https://teams.microsoft.com@evil.example/l/meetup-join/x'],
    ['https://xn--zm-jub.us/j/1'],
    ['https://zооm.us/j/1'],
    ['https://127.0.0.1/j/1'],
    ['https://zoom.us:8443/j/1'],
    ['https://zoom.us./j/1'],
    ['https://zoom.us\\@evil.example/j/1'],
  ])('refuses %s', (raw) => {
    expect(parseWebUrl(raw)).toBeUndefined();
  });

  it('upgrades http to https', () => {
    expect(parseWebUrl('http://meet.jit.si/Room')?.href).toBe('https://meet.jit.si/Room');
  });
});

describe('text and HTML readers', () => {
  it('decodes named and numeric entities, leaves unknown ones', () => {
    expect(decodeText('a&amp;b&#58;&#x2F;&nbsp;&bogus;')).toBe('a&b:/\u00a0&bogus;');
  });

  it('keeps link targets with the span of their visible text', () => {
    const { text, links } = readHtml('<p>Hi <a href="https://x.example/?a=1&amp;b=2">Join <b>now</b></a></p><script>var u="https://zoom.us/j/1"</script>');
    expect(links).toEqual([{ href: 'https://x.example/?a=1&b=2', start: 4, end: 12 }]);
    expect(text.slice(4, 12)).toBe('Join now');
    expect(text).not.toContain('zoom');
  });

  it('undoes quoted-printable only when the text carries it', () => {
    expect(undoQuotedPrintable('pwd=3Dabc=\nd')).toBe('pwd=abcd');
    expect(undoQuotedPrintable('x = y\nand 3D')).toBe('x = y\nand 3D');
  });

  it('trims sentence punctuation but keeps balanced parentheses', () => {
    const urls = findUrls('See https://a.example/x_(y). And (https://b.example/z).').map((u) => u.raws[0]);
    expect(urls).toEqual(['https://a.example/x_(y)', 'https://b.example/z']);
  });
});

describe('invitation details', () => {
  it('reads labelled meeting id, passcode and a global PIN', () => {
    const d = readDetails('Meeting ID: 235 118 904 512\nPasscode: Zx7qP3\n+1 323-849-4874,,712345678# United States\nPhone conference ID: 712 345 678#');
    expect(d).toEqual({
      meetingId: '235 118 904 512',
      passcode: 'Zx7qP3',
      pin: '712 345 678#',
      dialIn: [{ number: '+1 323-849-4874', label: 'United States', pin: '712345678#' }],
    });
  });

  it('builds tel: URLs from digits only', () => {
    expect(dialInTelUrl({ number: '+1 (571) 317-3122', pin: '512-345-678#' })).toBe('tel:+15713173122,,512345678%23');
    expect(dialInTelUrl({ number: '+44 20 7946 0000";javascript:x' })).toBe('tel:+442079460000');
  });
});

describe('fillTemplate', () => {
  it('encodes values, drops optional parts with missing values', () => {
    expect(fillTemplate('zoommtg://{host}/join?confno={id}[&pwd={secret}]', { host: 'zoom.us', id: '1', secret: 'a&b' })).toBe(
      'zoommtg://zoom.us/join?confno=1&pwd=a%26b',
    );
    expect(fillTemplate('zoommtg://{host}/join?confno={id}[&pwd={secret}]', { host: 'zoom.us', id: '1' })).toBe('zoommtg://zoom.us/join?confno=1');
    expect(fillTemplate('chime://meeting?pin={id}', {})).toBeUndefined();
  });
});
