/** Both manifests speak the pane's languages: Outlook's <Override> elements and Teams' language files. */
import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { buildAppPackage } from '../../scripts/manifests/build';
import { checkLanguageFiles } from '../../scripts/manifests/check-app-manifest';
import { checkOutlookManifest, OUTLOOK_NS } from '../../scripts/manifests/check-outlook-manifest';
import { renderOutlookManifest, renderTeamsLanguageFiles, renderTeamsManifest } from '../../scripts/manifests/render';
import { MANIFEST_LOCALES, MANIFEST_TRANSLATIONS } from '../../scripts/manifests/translations';
import { BUILDS } from './helpers';

const inputs = BUILDS[0]![1];
const xml = renderOutlookManifest(inputs);
const doc = new DOMParser().parseFromString(xml, 'text/xml');
const elements = (ns: string, name: string) => Array.from(doc.getElementsByTagNameNS(ns, name) as unknown as Element[]);
const overrides = (el: Element) =>
  Object.fromEntries(
    Array.from(el.childNodes as unknown as Element[])
      .filter((n) => n.nodeType === 1 && n.localName === 'Override')
      .map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]),
  );

describe('Outlook manifest in four more languages', () => {
  it('translates the name and description with <Override Locale>', () => {
    const [name] = elements(OUTLOOK_NS.app, 'DisplayName');
    const [description] = elements(OUTLOOK_NS.app, 'Description').filter((d) => d.parentNode === doc.documentElement);
    expect(Object.keys(overrides(name!))).toEqual([...MANIFEST_LOCALES]);
    expect(overrides(description!)['de-DE']).toBe(MANIFEST_TRANSLATIONS['de-DE'].description);
    expect(overrides(description!)['ar-SA']).toBe(MANIFEST_TRANSLATIONS['ar-SA'].description);
  });

  it('translates every ribbon string with bt:Override, in the bt namespace', () => {
    const strings = elements(OUTLOOK_NS.bt, 'String');
    expect(strings.map((s) => s.getAttribute('id')).sort()).toEqual(['Group.Label', 'TaskpaneButton.Label', 'TaskpaneButton.Tooltip']);
    for (const s of strings) {
      const found = Array.from(s.getElementsByTagNameNS(OUTLOOK_NS.bt, 'Override') as unknown as Element[]);
      expect(found.map((o) => o.getAttribute('Locale'))).toEqual([...MANIFEST_LOCALES]);
    }
    const label = strings.find((s) => s.getAttribute('id') === 'TaskpaneButton.Label')!;
    expect(overrides(label)).toEqual({ 'de-DE': 'Nächste Besprechungen', 'fr-FR': 'Prochaines réunions', 'ja-JP': '次の会議', 'ar-SA': 'الاجتماعات التالية' });
  });

  it('passes the structural checks, which refuse a half-translated or misnamed override', () => {
    expect(checkOutlookManifest(xml)).toEqual([]);
    const missing = xml.replace(/\n\s*<bt:Override Locale="ja-JP" Value="次の会議"\/>/, '');
    expect(checkOutlookManifest(missing)).toContainEqual(expect.stringMatching(/^TaskpaneButton\.Label is translated into ar-SA, de-DE, fr-FR,/));
    const misnamed = xml.replace('<Override Locale="fr-FR" Value="Upnext"/>', '<Override Locale="french" Value=""/>');
    expect(checkOutlookManifest(misnamed)).toEqual(expect.arrayContaining(['DisplayName: Override Locale "french" is not a language-REGION name', 'DisplayName: Override for french is empty']));
  });
});

describe('Unified manifest in four more languages', () => {
  const manifestText = renderTeamsManifest(inputs);
  const manifest = JSON.parse(manifestText) as { manifestVersion: string; localizationInfo: unknown };
  const files = renderTeamsLanguageFiles(manifest.manifestVersion);

  it('names a language file per language in localizationInfo, English the default', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [
        { languageTag: 'de-de', file: 'de.json' },
        { languageTag: 'fr-fr', file: 'fr.json' },
        { languageTag: 'ja-jp', file: 'ja.json' },
        { languageTag: 'ar-sa', file: 'ar.json' },
      ],
    });
  });

  it('validates every language file offline against the localization schema @microsoft/app-manifest ships', () => {
    expect(checkLanguageFiles(manifestText, files)).toEqual([]);
    const ja = JSON.parse(files['ja.json']!) as Record<string, string>;
    expect(ja['staticTabs[0].name']).toBe('次の会議');
    expect(ja['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description']).toBe(MANIFEST_TRANSLATIONS['ja-JP'].buttonTooltip);
  });

  it('refuses a file the manifest does not name, a missing one, and keys the schema does not know', () => {
    const { 'fr.json': _dropped, ...rest } = files;
    const broken = { ...rest, 'xx.json': JSON.stringify({ 'name.short': 'x', 'description.short': 'x', 'description.full': 'x', 'colour.name': 'x' }) };
    expect(checkLanguageFiles(manifestText, broken)).toEqual(
      expect.arrayContaining(['localizationInfo names fr.json, which is not in the package', 'xx.json is not named in localizationInfo', expect.stringMatching(/^xx\.json: \/ must NOT have additional properties/)]),
    );
  });

  it('packs the language files at the zip root beside manifest.json', async () => {
    const zip = await JSZip.loadAsync(await buildAppPackage(inputs));
    for (const [name, text] of Object.entries(files)) expect(await zip.file(name)!.async('string')).toBe(text);
  });
});
