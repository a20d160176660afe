import type { Catalogue } from '../en';
import { connection } from './connection';
import { core } from './core';

export const de: Catalogue = {
  ...core,
  ...connection,
};
