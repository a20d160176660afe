import type { AreaOf } from '../en';
import type { search as en } from '../en/search';

/** The query parser has no Arabic: the examples are English queries, which it understands. */
export const search: AreaOf<typeof en> = {
  'search.box.label': 'البحث في الاجتماعات (Ctrl+Shift+E)',
  'search.box.placeholder': 'ابحث بالإنجليزية: standup tomorrow, with Dana next week',
  'search.searching': 'جارٍ البحث…',
  'search.results.label': 'نتائج البحث',
  'search.understood': 'ما فهمته:',
  'search.chip.person': 'مع {name}',
  'search.chip.remove': 'إزالة {label}',
  'search.provider.outlook-calendar': 'تقويم Outlook',
  'search.provider.google-calendar': 'تقويم Google',
  'search.partial': 'تعذّر البحث في {names}. تُعرض نتائج تقويماتك الأخرى.',
  'search.failed': 'تعذّر البحث في {names}.',
  'search.retry': 'إعادة المحاولة',
  'search.empty': 'لا توجد اجتماعات تطابق «{words}».',
  'search.empty.hint': 'يشمل البحث الشهر الماضي والشهرين القادمين. جرّب كلمات أقل، أو اكتب بالإنجليزية مثلًا:',
  'search.example.day': 'standup tomorrow',
  'search.example.person': 'with Dana next week',
  'search.example.service': 'zoom friday',
  'search.example.past': '1:1 yesterday',
};
