import { PROVIDER_IDS, type ProviderId } from '../../shared/api';

/** The integrations the console lists, with their display names: the one place that names them. */
export const INTEGRATION_NAMES: Readonly<Record<ProviderId, string>> = {
  'outlook-calendar': 'Outlook Calendar',
  'google-calendar': 'Google Calendar',
};

export const INTEGRATIONS: readonly ProviderId[] = PROVIDER_IDS;
