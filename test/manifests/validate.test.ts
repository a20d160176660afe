import { checkAppManifest } from '../../scripts/manifests/check-app-manifest';
import { checkOutlookManifest } from '../../scripts/manifests/check-outlook-manifest';
import { OUTLOOK_ADDIN_ID, renderOutlookManifest, renderTeamsManifest } from '../../scripts/manifests/render';
import { assetImageSize, validateManifests } from '../../scripts/manifests/validate';
import { BUILDS } from './helpers';

const inputs = BUILDS[1]![1];
const xml = renderOutlookManifest(inputs);
const json = renderTeamsManifest(inputs);
const expectations = { outlookAddinId: OUTLOOK_ADDIN_ID };
const checkXml = (text: string) => checkOutlookManifest(text, { imageSize: assetImageSize });

describe.each(BUILDS)('npm run validate, %s build', (_name, build) => {
  it('finds no problem in either manifest', () => {
    expect(validateManifests(build)).toEqual([
      { name: `manifest.xml for ${build.publicUrl}`, problems: [] },
      { name: `unified manifest.json for ${build.publicUrl}`, problems: [] },
      { name: "unified manifest's language files", problems: [] },
    ]);
  });
});

describe('the XML checks refuse', () => {
  it.each<[string, (x: string) => string, string]>([
    ['a manifest without the mobile form factor', (x) => x.replace(/<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, ''), 'MobileFormFactor'],
    ['a mobile icon missing a scale', (x) => x.replace(/<bt:Image size="48" scale="3"[^>]*\/>/, ''), 'lacks the 48@3 icon'],
    ['a mobile icon of the wrong pixel size', (x) => x.replace('scale="2" resid="Icon.50x50"', 'scale="2" resid="Icon.48x48"'), 'is 48×48, not 50×50'],
    ['a resid nobody defines', (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'), 'resid Group.Missing is not defined'],
    ['base elements out of order', (x) => x.replace(/(<ProviderName>.*<\/ProviderName>)\s*(<DefaultLocale>.*<\/DefaultLocale>)/, '$2$1'), 'base elements must be'],
    ['a desktop button that runs no task pane', (x) => x.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">'), 'must show the task pane'],
    ['a resource URL over plain http', (x) => x.replace('DefaultValue="https://upnext.contoso.com/outlook.html"', 'DefaultValue="http://upnext.contoso.com/outlook.html"'), 'must be an https URL'],
    ['XML that is not well-formed', (x) => x.replace('</OfficeApp>', ''), 'not well-formed'],
  ])('%s', (_what, breakIt, problem) => {
    expect(checkXml(xml)).toEqual([]);
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    expect(checkXml(broken).join('\n')).toContain(problem);
  });
});

describe('the unified manifest checks refuse', () => {
  type Mutable = { extensions: Array<Record<string, unknown> & { ribbons: Array<{ tabs: Array<Record<string, Array<{ controls: Array<Record<string, unknown>> }>>> }> }> } & Record<string, unknown>;
  const mutate = (f: (m: Mutable) => void): string => {
    const m = JSON.parse(json) as Mutable;
    f(m);
    return JSON.stringify(m);
  };
  it.each<[string, string, string]>([
    ['a button naming no declared action', mutate((m) => { m.extensions[0]!.ribbons[0]!.tabs[0]!.groups![0]!.controls[0]!.actionId = 'nothing'; }), 'names no declared action'],
    ['a missing link to the XML add-in', mutate((m) => { delete m.extensions[0]!.alternates; }), 'alternates must hide'],
    ['no mobile ribbon', mutate((m) => { m.extensions[0]!.ribbons.pop(); }), 'no ribbon for the mobile form factor'],
    ['what the shipped schema refuses', mutate((m) => { m.accentColor = 'blue'; }), '/accentColor'],
    ['a manifest version the package has no schema for', mutate((m) => { m.manifestVersion = '0.9'; }), 'no schema for manifest version 0.9'],
    ['text that is not JSON', '{', 'not JSON'],
  ])('%s', (_what, broken, problem) => {
    expect(checkAppManifest(json, expectations)).toEqual([]);
    expect(checkAppManifest(broken, expectations).join('\n')).toContain(problem);
  });
});
