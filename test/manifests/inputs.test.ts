import { parseArgs } from '../../scripts/manifests/args';
import { DEMO_CLIENT_ID, ManifestInputError, resolveInputs } from '../../scripts/manifests/inputs';

const CLIENT = '0b5d2c3e-9f41-4c7a-8e6b-1d2f3a4b5c6d';

describe('manifest inputs', () => {
  it('defaults to the https dev origin and the demo registration', () => {
    const inputs = resolveInputs({}, {});
    expect(inputs).toMatchObject({
      publicUrl: 'https://localhost:3000',
      host: 'localhost:3000',
      clientId: DEMO_CLIENT_ID,
      resource: `api://localhost:3000/${DEMO_CLIENT_ID}`,
      authority: 'https://login.microsoftonline.com',
    });
    expect(inputs.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('takes flags over the environment, and the environment over the defaults', () => {
    const env = { PUBLIC_URL: 'https://env.contoso.com', AZURE_CLIENT_ID: CLIENT };
    expect(resolveInputs({}, env)).toMatchObject({ publicUrl: 'https://env.contoso.com', clientId: CLIENT });
    expect(resolveInputs({ publicUrl: 'https://flag.contoso.com/' }, env)).toMatchObject({
      publicUrl: 'https://flag.contoso.com',
      resource: `api://flag.contoso.com/${CLIENT}`,
    });
  });

  it.each([
    ['http://upnext.contoso.com', 'https'],
    ['http://10.0.0.5:3000', 'https'],
    ['ftp://localhost', 'https'],
    ['https://contoso.com/upnext', 'origin only'],
    ['https://contoso.com/?a=1', 'origin only'],
    ['https://user:pw@contoso.com', 'origin only'],
    ['not a url', 'not a URL'],
  ])('refuses the public URL %s', (publicUrl, why) => {
    expect(() => resolveInputs({ publicUrl }, {})).toThrow(ManifestInputError);
    expect(() => resolveInputs({ publicUrl }, {})).toThrow(why);
  });

  it('accepts plain http for localhost only', () => {
    expect(resolveInputs({ publicUrl: 'http://localhost:3000' }, {}).publicUrl).toBe('http://localhost:3000');
    expect(resolveInputs({ publicUrl: 'http://127.0.0.1:8080' }, {}).host).toBe('127.0.0.1:8080');
  });

  it('refuses a client id that is not a GUID and lower-cases one that is', () => {
    expect(() => resolveInputs({ clientId: 'upnext' }, {})).toThrow(ManifestInputError);
    expect(resolveInputs({ clientId: CLIENT.toUpperCase() }, {}).clientId).toBe(CLIENT);
  });
});

describe('CLI flags', () => {
  it('reads --name=value and --name value, and --write-root', () => {
    expect(parseArgs(['--public-url=https://a.contoso.com', '--client-id', CLIENT, '--write-root'])).toEqual({
      publicUrl: 'https://a.contoso.com',
      clientId: CLIENT,
      writeRoot: true,
    });
  });

  it('rejects unknown flags and missing values instead of falling back to defaults', () => {
    expect(() => parseArgs(['--public_url=https://a.contoso.com'])).toThrow('Unknown option --public_url');
    expect(() => parseArgs(['--client-id'])).toThrow('needs a value');
  });
});
