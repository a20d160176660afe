import type { Catalogue } from '../en';
import { core } from './core';
import { list } from './list';

export const ja: Catalogue = {
  ...core,
  ...list,
};
