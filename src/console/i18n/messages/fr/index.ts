import type { ConsoleCatalogue } from '../en';
import { audiences } from './audiences';
import { audit } from './audit';
import { consent } from './consent';
import { integrations } from './integrations';
import { shell } from './shell';

export const fr: ConsoleCatalogue = { ...shell, ...integrations, ...consent, ...audiences, ...audit };
