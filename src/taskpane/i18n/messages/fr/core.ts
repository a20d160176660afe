import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext n’a pas pu démarrer. Rechargez la page pour réessayer.',
};
