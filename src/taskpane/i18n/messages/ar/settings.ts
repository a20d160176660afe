import type { AreaOf } from '../en';
import type { settings as en } from '../en/settings';

export const settings: AreaOf<typeof en> = {
  'settings.menu': 'الإعدادات',
  'settings.title': 'الإعدادات',
  'settings.reminder': 'ذكّرني',
  'settings.minutesBefore': '{count, plural, zero {عند البدء} one {قبل الاجتماع بدقيقة واحدة} two {قبل الاجتماع بدقيقتين} few {قبل الاجتماع بـ# دقائق} many {قبل الاجتماع بـ# دقيقة} other {قبل الاجتماع بـ# دقيقة}}',
  'settings.theme': 'المظهر',
  'settings.asHost': 'كما في التطبيق',
  'settings.themeLight': 'فاتح',
  'settings.themeDark': 'داكن',
  'settings.themeHighContrast': 'تباين عالٍ',
  'settings.language': 'اللغة',
  'settings.secondZone': 'منطقة زمنية ثانية',
  'settings.noZone': 'لا شيء',
  'settings.notifications': 'إشعارات النظام',
  'settings.notifyOn': 'مفعّلة في هذا المتصفح',
  'settings.notifyBlocked': 'محظورة في إعدادات الموقع لهذا المتصفح',
  'settings.kept': 'محفوظة على هذا الجهاز لك وحدك.',
  'settings.close': 'إغلاق',
  'settings.inZone': '{time} {city}',
  'settings.timesIn': 'الأوقات بتوقيت {city} ({zone})',
  'settings.timesInPlain': 'الأوقات بتوقيت {city}',
};
