import type { Catalogue } from '../en';
import { core } from './core';

export const ar: Catalogue = {
  ...core,
};
