import type { AreaOf } from '../en';
import type { zone as en } from '../en/zone';

export const zone: AreaOf<typeof en> = {
  'zone.calendarIn': 'تقويمك {name} مضبوط على توقيت {city}',
  'zone.together': '{times} · {calendar}',
};
