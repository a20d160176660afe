import type { AreaOf } from '../en';
import type { search as en } from '../en/search';

export const search: AreaOf<typeof en> = {
  'search.box.label': '会議を検索 (Ctrl+Shift+E)',
  'search.box.placeholder': '検索: 明日の standup、来週 Danaさん、金曜の Zoom',
  'search.searching': '検索しています…',
  'search.results.label': '検索結果',
  'search.understood': '認識した条件:',
  'search.chip.person': '{name} と',
  'search.chip.remove': '{label} を削除',
  'search.provider.outlook-calendar': 'Outlook 予定表',
  'search.provider.google-calendar': 'Google カレンダー',
  'search.partial': '{names} を検索できませんでした。ほかのカレンダーの結果を表示しています。',
  'search.failed': '{names} を検索できませんでした。',
  'search.retry': '再試行',
  'search.empty': '「{words}」に一致する会議はありません。',
  'search.empty.hint': '検索の対象は過去 1 か月と今後 2 か月です。言葉を減らすか、次のように入力してください:',
  'search.example.day': '明日の standup',
  'search.example.person': '来週 Danaさん',
  'search.example.service': '金曜の Zoom',
  'search.example.past': '昨日の1:1',
};
