import type { AdminConsentStatus, ConsentCompleteBody } from '../../shared/admin-api';
import type { ProviderId } from '../../shared/api';
import { INTEGRATION_NAMES, INTEGRATIONS } from '../access/integrations';
import { AppError } from '../errors/app-error';
import { ConnectStateError, type ConnectStates } from '../keys/connect-state';
import type { AdminStore } from '../store/admin-store';
import type { Store } from '../store/store';
import type { AdminActor, AdminService } from './admin-service';

/** The state's key-id slot for admin consent: never a device key id, so a Connect state cannot pass for one. */
const PURPOSE = 'admin-consent';

export interface AdminConsentOptions {
  store: Pick<AdminStore, 'consents'> & Pick<Store, 'consumeOAuthState'>;
  service: AdminService;
  states: ConnectStates;
  authorityHost: string;
  clientId: string;
  graphResource: string;
  /** Where the admin-consent window returns: auth-end.html, already registered for Connect. */
  redirectUri: string;
  now?: () => number;
}

const ENTRA_STEPS = [
  'Sign in to the Microsoft Entra admin center as a Global Administrator, Privileged Role Administrator or Cloud Application Administrator.',
  'Open Identity › Applications › Enterprise applications and select Upnext.',
  'Open Security › Permissions and choose "Grant admin consent for <your organization>".',
  'Review the permissions (sign in, read calendars, keep access) and accept.',
];
const GOOGLE_STEPS = [
  'Sign in to the Google Admin console as a super administrator.',
  'Open Security › Access and data control › API controls › Manage third-party app access.',
  'Add Upnext by its OAuth client id and set it to Trusted (or Specific Google data: Calendar).',
  'People then connect Google Calendar without seeing an "unverified app" or blocked-app screen.',
];

/**
 * Admin consent status per provider (brief §1). For Outlook Calendar the grant link is Entra's
 * `/{tid}/v2.0/adminconsent` with a signed, single-use `state` bound to the admin; the grant is
 * recorded only when that state comes back valid, unused and the admin's own, with
 * `admin_consent=True`. The `tenant` parameter alone proves nothing.
 */
export class AdminConsent {
  private readonly now: () => number;

  constructor(private readonly options: AdminConsentOptions) {
    this.now = options.now ?? Date.now;
  }

  async status(actor: AdminActor): Promise<AdminConsentStatus[]> {
    const records = await this.options.store.consents(actor.tid);
    return INTEGRATIONS.map((provider) => {
      const record = records.find((r) => r.provider === provider);
      const recordable = provider === 'outlook-calendar';
      return {
        provider,
        name: INTEGRATION_NAMES[provider],
        status: record?.status ?? 'unknown',
        ...(record ? { grantedAt: new Date(record.at).toISOString(), grantedBy: record.actor } : {}),
        url: recordable ? this.grantUrl(actor, provider) : 'https://admin.google.com/ac/owl/list?tab=configuredApps',
        recordable,
        steps: recordable ? ENTRA_STEPS : GOOGLE_STEPS,
      };
    });
  }

  private grantUrl(actor: AdminActor, provider: ProviderId): string {
    const { state } = this.options.states.issue({ tid: actor.tid, oid: actor.oid, keyId: PURPOSE, provider });
    const query = new URLSearchParams({
      client_id: this.options.clientId,
      scope: `${this.options.graphResource}/.default`,
      redirect_uri: this.options.redirectUri,
      state,
    });
    return `${this.options.authorityHost}/${encodeURIComponent(actor.tid)}/v2.0/adminconsent?${query.toString()}`;
  }

  /** Records what the admin-consent window came back with; returns the provider's new status. */
  async complete(actor: AdminActor, provider: ProviderId, answer: ConsentCompleteBody): Promise<AdminConsentStatus> {
    if (provider !== 'outlook-calendar') throw new AppError('bad_request', 'This integration has no admin-consent link to come back from.');
    let payload;
    try {
      payload = this.options.states.verify(answer.state).payload;
    } catch (err) {
      const reason = err instanceof ConnectStateError ? err.message : 'unreadable';
      throw new AppError('bad_request', `The admin-consent answer is not valid (${reason}); start again from the console.`);
    }
    if (payload.keyId !== PURPOSE || payload.tid !== actor.tid || payload.oid !== actor.oid || payload.provider !== provider) {
      throw new AppError('bad_request', 'The admin-consent answer belongs to another admin, tenant or integration; start again.');
    }
    if (answer.tenant !== undefined && answer.tenant.toLowerCase() !== actor.tid) {
      throw new AppError('bad_request', 'Consent was granted in another tenant than yours.');
    }
    const granted = answer.error === undefined && answer.admin_consent === 'True';
    if (!granted && answer.error === undefined) throw new AppError('bad_request', 'The admin-consent answer says neither granted nor declined.');
    if (!(await this.options.store.consumeOAuthState(payload.nonce, payload.expiresAt, this.now()))) {
      throw new AppError('bad_request', 'The admin-consent answer was already used; start again.');
    }
    await this.options.service.recordConsent(actor, provider, granted ? 'granted' : 'not_granted');
    return (await this.status(actor)).find((s) => s.provider === provider)!;
  }
}
