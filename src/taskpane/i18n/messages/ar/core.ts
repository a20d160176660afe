import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'تعذّر تشغيل Upnext. أعد تحميل الصفحة للمحاولة مرة أخرى.',
};
