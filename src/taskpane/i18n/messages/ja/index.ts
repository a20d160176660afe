import type { Catalogue } from '../en';
import { connection } from './connection';
import { core } from './core';
import { keys } from './keys';
import { list } from './list';
import { reminders } from './reminders';
import { search } from './search';
import { settings } from './settings';
import { zone } from './zone';
import { skip } from './skip';

export const ja: Catalogue = {
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
