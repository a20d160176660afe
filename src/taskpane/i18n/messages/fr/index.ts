import type { Catalogue } from '../en';
import { connection } from './connection';
import { core } from './core';
import { list } from './list';
import { search } from './search';

export const fr: Catalogue = {
  ...core,
  ...connection,
  ...list,
  ...search,
};
