import type { AreaOf } from '../en';
import type { shell as en } from '../en/shell';

export const shell: AreaOf<typeof en> = {
  'shell.title': 'Upnext 管理コンソール',
  'shell.startFailed': 'Upnext 管理コンソールを起動できませんでした。ページを再読み込みしてもう一度お試しください。',
  'shell.signingIn': 'サインインしています…',
  'shell.loading': '読み込んでいます…',
  'shell.signedInAs': '{name} としてサインイン中',
  'shell.pages': 'コンソールのページ',
  'shell.page.integrations': '統合',
  'shell.page.audiences': '対象グループ',
  'shell.page.audit': '監査ログ',
  'shell.cancel': 'キャンセル',
  'shell.save': '保存',
  'shell.saving': '保存しています…',
  'shell.notAdmin.title': 'Upnext.Admin ロールが必要です',
  'shell.notAdmin.named': '{name} さんはサインインしていますが、Upnext 管理コンソールを使えるのは、組織で Upnext.Admin アプリ ロールを持つユーザーだけです。',
  'shell.notAdmin.anonymous': 'Upnext 管理コンソールを使えるのは、組織で Upnext.Admin アプリ ロールを持つユーザーだけです。',
  'shell.notAdmin.ask': 'Microsoft Entra の Upnext エンタープライズ アプリケーションで、あなた (またはあなたが所属するグループ) に Upnext.Admin ロールを割り当てるよう管理者に依頼し、もう一度サインインしてください。',
  'shell.error.network': 'Upnext に接続できません。接続を確認してください。',
  'shell.error.badResponse': 'サーバーから読み取れない応答が返されました。',
  'shell.error.unavailable': 'Upnext が混み合っているか、ストアを利用できません。しばらくしてからもう一度お試しください。',
  'shell.error.rateLimited': '要求が多すぎます。しばらく待ってからもう一度お試しください。',
  'shell.error.signedOut': 'サインインの有効期限が切れました。ページを再読み込みしてもう一度サインインしてください。',
  'shell.error.forbidden': 'この操作は Upnext 管理者だけが行えます。',
  'shell.error.withServer': '{what} サーバーの応答: {detail}',
  'shell.loadFailed': 'コンソールを読み込めませんでした。',
};
