import type { AreaOf } from '../en';
import type { zone as en } from '../en/zone';

export const zone: AreaOf<typeof en> = {
  'zone.calendarIn': 'votre {name} est à l’heure de {city}',
  'zone.together': '{times} · {calendar}',
};
