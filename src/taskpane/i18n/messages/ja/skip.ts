import type { AreaOf } from '../en';
import type { skip as en } from '../en/skip';

export const skip: AreaOf<typeof en> = {
  'skip.more': '{title}（{when}）のその他の操作',
  'skip.hideOnce': 'この予定を非表示',
  'skip.hideSeries': 'このシリーズの予定をすべて非表示',
  'skip.confirmTitle': '参加リンクのある会議を非表示にしますか？',
  'skip.confirmOnce': '「{title}」には参加リンクがあります。このデバイスの一覧、リマインダー、J から外れます。',
  'skip.confirmSeries': 'このシリーズの「{title}」にはすべて参加リンクがあります。このデバイスの一覧、リマインダー、J から外れます。',
  'skip.confirm': '非表示にする',
  'skip.cancel': '表示したままにする',
  'skip.heading': '非表示の予定',
  'skip.none': '非表示の予定はありません。',
  'skip.once': '{title}（この予定）',
  'skip.series': '{title}（シリーズのすべての予定）',
  'skip.undo': '元に戻す',
  'skip.undoNamed': '元に戻す：{title} を再表示',
  'skip.unknown': '一覧にない予定',
};
