import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext konnte nicht starten. Laden Sie die Seite neu, um es erneut zu versuchen.',
};
