import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';

export const ar: Catalogue = {
  ...core,
  ...keys,
};
