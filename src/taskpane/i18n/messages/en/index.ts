/**
 * The English catalogue: the source of every key. Each area of the pane keeps its messages in
 * its own file so work on one area does not collide with another; the other languages mirror
 * these files one for one and the type checker refuses a missing key.
 */
import { connection } from './connection';
import { core } from './core';
import { keys } from './keys';
import { list } from './list';
import { reminders } from './reminders';
import { search } from './search';
import { settings } from './settings';
import { zone } from './zone';
import { skip } from './skip';

export const en = {
  ...core,
  ...connection,
  ...list,
  ...search,
  ...keys,
  ...reminders,
  ...settings,
  ...zone,
  ...skip,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
/** What a translated area file must hold: every key of its English twin. */
export type AreaOf<T> = Readonly<Record<keyof T, string>>;
