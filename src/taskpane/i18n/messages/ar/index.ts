import type { Catalogue } from '../en';
import { connection } from './connection';
import { core } from './core';

export const ar: Catalogue = {
  ...core,
  ...connection,
};
