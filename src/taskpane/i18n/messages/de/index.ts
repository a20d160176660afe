import type { Catalogue } from '../en';
import { core } from './core';
import { list } from './list';
import { search } from './search';

export const de: Catalogue = {
  ...core,
  ...list,
  ...search,
};
