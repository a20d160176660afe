import type { AreaOf } from '../en';
import type { shell as en } from '../en/shell';

export const shell: AreaOf<typeof en> = {
  'shell.title': 'Upnext-Adminkonsole',
  'shell.startFailed': 'Die Upnext-Adminkonsole konnte nicht starten. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'shell.signingIn': 'Anmeldung läuft…',
  'shell.loading': 'Wird geladen…',
  'shell.signedInAs': 'Angemeldet als {name}',
  'shell.pages': 'Seiten der Konsole',
  'shell.page.integrations': 'Integrationen',
  'shell.page.audiences': 'Zielgruppen',
  'shell.page.audit': 'Überwachungsprotokoll',
  'shell.cancel': 'Abbrechen',
  'shell.save': 'Speichern',
  'shell.saving': 'Wird gespeichert…',
  'shell.notAdmin.title': 'Sie benötigen die Rolle Upnext.Admin',
  'shell.notAdmin.named': '{name}, Sie sind angemeldet, aber die Upnext-Adminkonsole ist nur für Personen, die in Ihrer Organisation die App-Rolle Upnext.Admin haben.',
  'shell.notAdmin.anonymous': 'Die Upnext-Adminkonsole ist nur für Personen, die in Ihrer Organisation die App-Rolle Upnext.Admin haben.',
  'shell.notAdmin.ask': 'Bitten Sie einen Administrator, Ihnen (oder einer Ihrer Gruppen) die Rolle Upnext.Admin für die Unternehmensanwendung Upnext in Microsoft Entra zuzuweisen, und melden Sie sich dann erneut an.',
  'shell.error.network': 'Upnext ist nicht erreichbar. Prüfen Sie Ihre Verbindung.',
  'shell.error.badResponse': 'Der Server hat eine unlesbare Antwort gesendet.',
  'shell.error.unavailable': 'Upnext ist ausgelastet oder sein Speicher ist nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'shell.error.rateLimited': 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'shell.error.signedOut': 'Ihre Anmeldung ist abgelaufen. Laden Sie die Seite neu, um sich erneut anzumelden.',
  'shell.error.forbidden': 'Nur ein Upnext-Administrator darf das.',
  'shell.error.withServer': '{what} Antwort des Servers: {detail}',
  'shell.loadFailed': 'Die Konsole konnte nicht geladen werden.',
};
