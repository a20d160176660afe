import type { Catalogue } from '../en';
import { core } from './core';
import { keys } from './keys';

export const fr: Catalogue = {
  ...core,
  ...keys,
};
