import type { Catalogue } from '../en';
import { core } from './core';
import { list } from './list';

export const fr: Catalogue = {
  ...core,
  ...list,
};
