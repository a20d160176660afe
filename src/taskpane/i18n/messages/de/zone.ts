import type { AreaOf } from '../en';
import type { zone as en } from '../en/zone';

export const zone: AreaOf<typeof en> = {
  'zone.calendarIn': 'Ihr {name} verwendet die Zeit von {city}',
  'zone.together': '{times} · {calendar}',
};
