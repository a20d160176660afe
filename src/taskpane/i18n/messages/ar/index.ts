import type { Catalogue } from '../en';
import { core } from './core';
import { search } from './search';

export const ar: Catalogue = {
  ...core,
  ...search,
};
