import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext konnte nicht starten. Laden Sie die Seite neu, um es erneut zu versuchen.',
  'app.loading': 'Wird geladen…',
  'app.somethingWentWrong': 'Etwas ist schiefgelaufen.',
  'pane.disconnected': '{name} ist getrennt',
  'pane.disconnectFailed': 'Trennen fehlgeschlagen: {reason}',
  'pane.disconnectFailedUnknown': 'Trennen fehlgeschlagen. Versuchen Sie es erneut.',
  'auth.opening': 'Anmeldung wird geöffnet…',
  'auth.finishing': 'Anmeldung wird abgeschlossen…',
  'auth.unreachable': 'Upnext ist nicht erreichbar. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
  'auth.foreignLink': 'Diesen Anmeldelink öffnet Upnext nicht.',
  'auth.adminConsentGranted': 'Die Administratorzustimmung für Ihre Organisation ist erteilt. Alle können jetzt Outlook-Kalender in Upnext verbinden. Sie können dieses Fenster schließen.',
  'auth.unfinished': 'Die Anmeldung wurde nicht abgeschlossen ({error}). Sie können dieses Fenster schließen und es in Upnext erneut versuchen.',
  'auth.canClose': 'Sie können dieses Fenster schließen.',
  'auth.done': 'Fertig. Sie können dieses Fenster schließen.',
  'signIn.signingIn': 'Anmeldung läuft…',
  'signIn.openFromOutlook': 'Öffnen Sie Upnext in Outlook, um sich anzumelden.',
  'signIn.signedIn': 'Angemeldet. Sie können dieses Fenster schließen.',
  'signIn.failed': 'Die Anmeldung wurde nicht abgeschlossen. Schließen Sie dieses Fenster und versuchen Sie es erneut.',
};
