import type { AreaOf } from '../en';
import type { shell as en } from '../en/shell';

export const shell: AreaOf<typeof en> = {
  'shell.title': 'Console d’administration Upnext',
  'shell.startFailed': 'La console d’administration Upnext n’a pas pu démarrer. Rechargez la page pour réessayer.',
  'shell.signingIn': 'Connexion…',
  'shell.loading': 'Chargement…',
  'shell.signedInAs': 'Connecté en tant que {name}',
  'shell.pages': 'Pages de la console',
  'shell.page.integrations': 'Intégrations',
  'shell.page.audiences': 'Audiences',
  'shell.page.audit': 'Journal d’audit',
  'shell.cancel': 'Annuler',
  'shell.save': 'Enregistrer',
  'shell.saving': 'Enregistrement…',
  'shell.notAdmin.title': 'Vous avez besoin du rôle Upnext.Admin',
  'shell.notAdmin.named': '{name}, vous êtes connecté, mais la console d’administration Upnext est réservée aux personnes qui ont le rôle d’application Upnext.Admin dans votre organisation.',
  'shell.notAdmin.anonymous': 'La console d’administration Upnext est réservée aux personnes qui ont le rôle d’application Upnext.Admin dans votre organisation.',
  'shell.notAdmin.ask': 'Demandez à un administrateur de vous attribuer (ou d’attribuer à l’un de vos groupes) le rôle Upnext.Admin sur l’application d’entreprise Upnext dans Microsoft Entra, puis reconnectez-vous.',
  'shell.error.network': 'Upnext est injoignable. Vérifiez votre connexion.',
  'shell.error.badResponse': 'Le serveur a envoyé une réponse illisible.',
  'shell.error.unavailable': 'Upnext est occupé ou son stockage est indisponible. Réessayez dans un instant.',
  'shell.error.rateLimited': 'Trop de requêtes. Patientez un instant, puis réessayez.',
  'shell.error.signedOut': 'Votre connexion a expiré. Rechargez la page pour vous reconnecter.',
  'shell.error.forbidden': 'Seul un administrateur Upnext peut faire cela.',
  'shell.error.withServer': '{what} Réponse du serveur : {detail}',
  'shell.loadFailed': 'La console n’a pas pu être chargée.',
};
