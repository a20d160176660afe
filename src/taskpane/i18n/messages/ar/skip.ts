import type { AreaOf } from '../en';
import type { skip as en } from '../en/skip';

export const skip: AreaOf<typeof en> = {
  'skip.more': 'المزيد لـ {title}، {when}',
  'skip.hideOnce': 'إخفاء هذا الحدث',
  'skip.hideSeries': 'إخفاء كل أحداث هذه السلسلة',
  'skip.confirmTitle': 'إخفاء اجتماع يمكنك الانضمام إليه؟',
  'skip.confirmOnce': 'يحتوي «{title}» على رابط انضمام. سيختفي من قائمتك وتذكيراتك ومن J على هذا الجهاز.',
  'skip.confirmSeries': 'كل «{title}» في هذه السلسلة يحتوي على رابط انضمام. ستختفي من قائمتك وتذكيراتك ومن J على هذا الجهاز.',
  'skip.confirm': 'إخفاء',
  'skip.cancel': 'إبقاؤه',
  'skip.heading': 'الأحداث المخفية',
  'skip.none': 'لا يوجد شيء مخفي.',
  'skip.once': '{title} (هذا الحدث)',
  'skip.series': '{title} (كل أحداث السلسلة)',
  'skip.undo': 'تراجع',
  'skip.undoNamed': 'تراجع عن إخفاء {title}',
  'skip.unknown': 'حدث لم يعد في قائمتك',
};
