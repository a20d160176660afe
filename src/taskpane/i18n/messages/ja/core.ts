import type { AreaOf } from '../en';
import type { core as en } from '../en/core';

export const core: AreaOf<typeof en> = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext を起動できませんでした。ページを再読み込みして、もう一度お試しください。',
  'app.loading': '読み込み中…',
  'app.somethingWentWrong': '問題が発生しました。',
  'pane.disconnected': '{name} の接続を解除しました',
  'pane.disconnectFailed': '接続を解除できませんでした: {reason}',
  'pane.disconnectFailedUnknown': '接続を解除できませんでした。もう一度お試しください。',
  'auth.opening': 'サインインを開いています…',
  'auth.finishing': 'サインインを完了しています…',
  'auth.unreachable': 'Upnext に接続できません。このウィンドウを閉じて、もう一度お試しください。',
  'auth.foreignLink': 'このサインイン リンクは Upnext が開いたものではありません。',
  'auth.adminConsentGranted': '組織の管理者の同意が付与されました。Upnext で Outlook 予定表を接続できるようになりました。このウィンドウを閉じてかまいません。',
  'auth.unfinished': 'サインインが完了しませんでした ({error})。このウィンドウを閉じて、Upnext からもう一度お試しください。',
  'auth.canClose': 'このウィンドウを閉じてかまいません。',
  'auth.done': '完了しました。このウィンドウを閉じてかまいません。',
  'signIn.signingIn': 'サインインしています…',
  'signIn.openFromOutlook': 'サインインするには、Outlook から Upnext を開いてください。',
  'signIn.signedIn': 'サインインしました。このウィンドウを閉じてかまいません。',
  'signIn.failed': 'サインインが完了しませんでした。このウィンドウを閉じて、もう一度お試しください。',
};
