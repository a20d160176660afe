import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';
import { reminders } from './reminders';

export const ar: Catalogue = {
  ...core,
  ...keys,
  ...reminders,
};
