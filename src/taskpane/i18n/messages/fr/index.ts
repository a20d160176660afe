import type { Catalogue } from '../en';
import { core } from './core';

export const fr: Catalogue = {
  ...core,
};
