import type { AreaOf } from '../en';
import type { settings as en } from '../en/settings';

export const settings: AreaOf<typeof en> = {
  'settings.menu': '設定',
  'settings.title': '設定',
  'settings.reminder': '通知のタイミング',
  'settings.minutesBefore': '{count, plural, other {# 分前}}',
  'settings.theme': 'テーマ',
  'settings.asHost': 'アプリの設定に従う',
  'settings.themeLight': 'ライト',
  'settings.themeDark': 'ダーク',
  'settings.themeHighContrast': 'ハイ コントラスト',
  'settings.language': '言語',
  'settings.secondZone': '2 つ目のタイム ゾーン',
  'settings.noZone': 'なし',
  'settings.notifications': 'システム通知',
  'settings.notifyOn': 'このブラウザーでオン',
  'settings.notifyBlocked': 'このブラウザーのサイト設定でブロックされています',
  'settings.kept': 'このデバイスにあなた専用で保存されます。',
  'settings.close': '閉じる',
  'settings.inZone': '{city} {time}',
  'settings.timesIn': '{city} の時刻 ({zone})',
  'settings.timesInPlain': '{city} の時刻',
};
