import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext n’a pas pu démarrer. Rechargez la page pour réessayer.',
  'app.loading': 'Chargement…',
  'app.somethingWentWrong': 'Un problème est survenu.',
  'pane.disconnected': '{name} est déconnecté',
  'pane.disconnectFailed': 'Impossible de déconnecter : {reason}',
  'pane.disconnectFailedUnknown': 'Impossible de déconnecter. Réessayez.',
  'auth.opening': 'Ouverture de la connexion…',
  'auth.finishing': 'Finalisation de la connexion…',
  'auth.unreachable': 'Impossible de joindre Upnext. Fermez cette fenêtre et réessayez.',
  'auth.foreignLink': 'Ce lien de connexion n’a pas été ouvert par Upnext.',
  'auth.adminConsentGranted': 'Le consentement administrateur est accordé pour votre organisation. Chacun peut désormais connecter son calendrier Outlook dans Upnext. Vous pouvez fermer cette fenêtre.',
  'auth.unfinished': 'La connexion n’a pas abouti ({error}). Vous pouvez fermer cette fenêtre et réessayer depuis Upnext.',
  'auth.canClose': 'Vous pouvez fermer cette fenêtre.',
  'auth.done': 'Terminé. Vous pouvez fermer cette fenêtre.',
  'signIn.signingIn': 'Connexion en cours…',
  'signIn.openFromOutlook': 'Ouvrez Upnext depuis Outlook pour vous connecter.',
  'signIn.signedIn': 'Connecté. Vous pouvez fermer cette fenêtre.',
  'signIn.failed': 'La connexion n’a pas abouti. Fermez cette fenêtre et réessayez.',
};
