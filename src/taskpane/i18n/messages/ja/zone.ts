import type { AreaOf } from '../en';
import type { zone as en } from '../en/zone';

export const zone: AreaOf<typeof en> = {
  'zone.calendarIn': '{name} は {city} 時間に設定されています',
  'zone.together': '{times}・{calendar}',
};
