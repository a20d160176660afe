import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';
import { reminders } from './reminders';

export const de: Catalogue = {
  ...core,
  ...keys,
  ...reminders,
};
