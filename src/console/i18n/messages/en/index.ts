/**
 * The console's English messages: the source of every console key, kept apart from the pane's
 * catalogue (whose English is in the pane's first-paint bundle). The other languages mirror these
 * files one for one, typed `AreaOf<typeof en>`, so the type checker refuses a missing key.
 */
import { audiences } from './audiences';
import { audit } from './audit';
import { consent } from './consent';
import { integrations } from './integrations';
import { shell } from './shell';

export const en = { ...shell, ...integrations, ...consent, ...audiences, ...audit };

export type ConsoleKey = keyof typeof en;
export type ConsoleCatalogue = Readonly<Record<ConsoleKey, string>>;
export type { AreaOf } from '../../../../taskpane/i18n/messages/en';
