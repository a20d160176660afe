import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'تعذّر تشغيل Upnext. أعد تحميل الصفحة للمحاولة مرة أخرى.',
  'app.loading': 'جارٍ التحميل…',
  'app.somethingWentWrong': 'حدث خطأ ما.',
  'pane.disconnected': 'تم قطع الاتصال بـ {name}',
  'pane.disconnectFailed': 'تعذّر قطع الاتصال: {reason}',
  'pane.disconnectFailedUnknown': 'تعذّر قطع الاتصال. حاول مرة أخرى.',
  'auth.opening': 'جارٍ فتح تسجيل الدخول…',
  'auth.finishing': 'جارٍ إكمال تسجيل الدخول…',
  'auth.unreachable': 'يتعذّر الوصول إلى Upnext. أغلق هذه النافذة وحاول مرة أخرى.',
  'auth.foreignLink': 'رابط تسجيل الدخول هذا ليس من الروابط التي يفتحها Upnext.',
  'auth.adminConsentGranted': 'تم منح موافقة المسؤول لمؤسستك. يمكن للجميع الآن ربط تقويم Outlook في Upnext. يمكنك إغلاق هذه النافذة.',
  'auth.unfinished': 'لم يكتمل تسجيل الدخول ({error}). يمكنك إغلاق هذه النافذة والمحاولة مرة أخرى من Upnext.',
  'auth.canClose': 'يمكنك إغلاق هذه النافذة.',
  'auth.done': 'تم. يمكنك إغلاق هذه النافذة.',
  'signIn.signingIn': 'جارٍ تسجيل الدخول…',
  'signIn.openFromOutlook': 'افتح Upnext من Outlook لتسجيل الدخول.',
  'signIn.signedIn': 'تم تسجيل الدخول. يمكنك إغلاق هذه النافذة.',
  'signIn.failed': 'لم يكتمل تسجيل الدخول. أغلق هذه النافذة وحاول مرة أخرى.',
};
