import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';
import { reminders } from './reminders';

export const ja: Catalogue = {
  ...core,
  ...keys,
  ...reminders,
};
