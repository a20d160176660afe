/**
 * The manifests' words in the languages the pane ships, one source for both: the Outlook XML's
 * `<Override Locale>` elements and the unified manifest's language files (`de.json`, …). English
 * stays in the templates, which are the default language.
 */
export interface ManifestStrings {
  /** Outlook's add-in name; Teams' `name.short` (30 characters at most). */
  name: string;
  /** Teams' `name.full` (100 at most). */
  fullName: string;
  /** Outlook's `<Description>`; Teams' `description.short` is `shortDescription` (80 at most). */
  description: string;
  shortDescription: string;
  /** Teams' `description.full` (4000 at most). */
  fullDescription: string;
  /** The ribbon button, the tab and the action: "Next meetings". */
  buttonLabel: string;
  /** The button's tooltip (supertip). */
  buttonTooltip: string;
}

/** Outlook's locale names (`de-DE`); Teams takes the same tags in lower case. */
export const MANIFEST_LOCALES = ['de-DE', 'fr-FR', 'ja-JP', 'ar-SA'] as const;
export type ManifestLocale = (typeof MANIFEST_LOCALES)[number];

export const MANIFEST_TRANSLATIONS: Record<ManifestLocale, ManifestStrings> = {
  'de-DE': {
    name: 'Upnext',
    fullName: 'Upnext: Ihre nächsten Besprechungen',
    description: 'Ihre nächsten Besprechungen, mit einem Klick beitreten: Teams, Zoom, Webex, Google Meet und mehr.',
    shortDescription: 'Ihre nächsten Besprechungen, mit einem Klick beitreten.',
    fullDescription:
      'Upnext zeigt die nächsten Besprechungen aus Ihrem Outlook-Kalender, nach Tagen gruppiert, mit dem Laufenden und dem Nächsten oben, und tritt jeder mit einem Klick bei, worüber sie auch läuft: Teams, Zoom, Webex, Google Meet, Gong und Dutzende mehr. Durchsuchen Sie Ihren Kalender in einfachen Worten, etwa „Standup morgen“ oder „mit Dana nächste Woche“.',
    buttonLabel: 'Nächste Besprechungen',
    buttonTooltip: 'Zeigt Ihre nächsten Besprechungen und tritt ihnen mit einem Klick bei.',
  },
  'fr-FR': {
    name: 'Upnext',
    fullName: 'Upnext : vos prochaines réunions',
    description: 'Vos prochaines réunions, à rejoindre en un clic : Teams, Zoom, Webex, Google Meet et bien d’autres.',
    shortDescription: 'Vos prochaines réunions, à rejoindre en un clic.',
    fullDescription:
      'Upnext affiche les prochaines réunions de votre calendrier Outlook, regroupées par jour, avec celle en cours et la suivante en tête, et vous permet de rejoindre chacune en un clic, quelle que soit la plateforme : Teams, Zoom, Webex, Google Meet, Gong et des dizaines d’autres. Recherchez dans votre calendrier avec des mots simples, comme « point quotidien demain » ou « avec Dana la semaine prochaine ».',
    buttonLabel: 'Prochaines réunions',
    buttonTooltip: 'Affichez vos prochaines réunions et rejoignez-les en un clic.',
  },
  'ja-JP': {
    name: 'Upnext',
    fullName: 'Upnext: 次の会議',
    description: '次の会議にワンクリックで参加: Teams、Zoom、Webex、Google Meet などに対応。',
    shortDescription: '次の会議にワンクリックで参加できます。',
    fullDescription:
      'Upnext は Outlook 予定表の次の会議を日ごとにまとめ、進行中の会議と次の会議を先頭に表示します。Teams、Zoom、Webex、Google Meet、Gong など数十のサービスの会議に、ワンクリックで参加できます。「明日のスタンドアップ」や「来週 Dana と」のような普段の言葉で予定表を検索できます。',
    buttonLabel: '次の会議',
    buttonTooltip: '次の会議を表示し、ワンクリックで参加します。',
  },
  'ar-SA': {
    name: 'Upnext',
    fullName: 'Upnext: اجتماعاتك التالية',
    description: 'اجتماعاتك التالية والانضمام إليها بنقرة واحدة: Teams وZoom وWebex وGoogle Meet والمزيد.',
    shortDescription: 'اجتماعاتك التالية والانضمام إليها بنقرة واحدة.',
    fullDescription:
      'يعرض Upnext اجتماعاتك التالية من تقويم Outlook مجمّعة حسب اليوم، مع الاجتماع الجاري والتالي في الأعلى، ويتيح لك الانضمام إلى أي منها بنقرة واحدة أيًّا كانت المنصة: Teams وZoom وWebex وGoogle Meet وGong وعشرات غيرها. ابحث في تقويمك بكلمات بسيطة، مثل «اجتماع الوقوف غدًا» أو «مع دانة الأسبوع القادم».',
    buttonLabel: 'الاجتماعات التالية',
    buttonTooltip: 'اعرض اجتماعاتك التالية وانضم إليها بنقرة واحدة.',
  },
};

/** The unified manifest's language file name for a locale ("de-DE" → "de.json"). */
export function languageFileName(locale: ManifestLocale): string {
  return `${locale.split('-')[0]}.json`;
}
