import type { AreaOf } from '../en';
import type { shell as en } from '../en/shell';

export const shell: AreaOf<typeof en> = {
  'shell.title': 'وحدة تحكم مسؤول Upnext',
  'shell.startFailed': 'تعذر بدء وحدة تحكم مسؤول Upnext. أعد تحميل الصفحة للمحاولة مرة أخرى.',
  'shell.signingIn': 'جارٍ تسجيل الدخول…',
  'shell.loading': 'جارٍ التحميل…',
  'shell.signedInAs': 'تم تسجيل الدخول باسم {name}',
  'shell.pages': 'صفحات وحدة التحكم',
  'shell.page.integrations': 'عمليات التكامل',
  'shell.page.audiences': 'الجماهير',
  'shell.page.audit': 'سجل التدقيق',
  'shell.cancel': 'إلغاء',
  'shell.save': 'حفظ',
  'shell.saving': 'جارٍ الحفظ…',
  'shell.notAdmin.title': 'تحتاج إلى الدور Upnext.Admin',
  'shell.notAdmin.named': '{name}، لقد سجلت الدخول، لكن وحدة تحكم مسؤول Upnext مخصصة فقط لمن يحملون دور التطبيق Upnext.Admin في مؤسستك.',
  'shell.notAdmin.anonymous': 'وحدة تحكم مسؤول Upnext مخصصة فقط لمن يحملون دور التطبيق Upnext.Admin في مؤسستك.',
  'shell.notAdmin.ask': 'اطلب من أحد المسؤولين أن يعيّن لك (أو لمجموعة تنتمي إليها) الدور Upnext.Admin في تطبيق المؤسسة Upnext في Microsoft Entra، ثم سجّل الدخول مرة أخرى.',
  'shell.error.network': 'تعذر الوصول إلى Upnext. تحقق من اتصالك.',
  'shell.error.badResponse': 'أرسل الخادم ردًا غير مقروء.',
  'shell.error.unavailable': 'Upnext مشغول أو مخزنه غير متاح. حاول مرة أخرى بعد قليل.',
  'shell.error.rateLimited': 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  'shell.error.signedOut': 'انتهت صلاحية تسجيل دخولك. أعد تحميل الصفحة لتسجيل الدخول مرة أخرى.',
  'shell.error.forbidden': 'لا يمكن القيام بذلك إلا لمسؤول Upnext.',
  'shell.error.withServer': '{what} رد الخادم: {detail}',
  'shell.loadFailed': 'تعذر تحميل وحدة التحكم.',
};
