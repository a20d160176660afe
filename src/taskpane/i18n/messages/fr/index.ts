import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';
import { reminders } from './reminders';

export const fr: Catalogue = {
  ...core,
  ...keys,
  ...reminders,
};
