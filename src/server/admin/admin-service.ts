import { randomUUID } from 'node:crypto';
import type { DirectoryPerson } from '../../shared/admin-api';
import type { Audience, AuditEntry, Integration, IntegrationAccess, ProviderId } from '../../shared/api';
import type { AccessCheck } from '../access/access-check';
import { INTEGRATION_NAMES, INTEGRATIONS } from '../access/integrations';
import { verifyChain, type ChainVerdict } from '../audit/chain';
import { AppError } from '../errors/app-error';
import type { AdminChangeResult, AdminStore, AdminWrite, AuditDraft, AuditRow, ConsentStatus, IntegrationSetting } from '../store/admin-store';

/** Who is changing what: an admin of `tid` (checked by the route guard), in one request. */
export interface AdminActor {
  tid: string;
  oid: string;
  name: string;
  requestId: string;
}

export interface IntegrationChange {
  enabled?: boolean;
  access?: IntegrationAccess;
}

export interface AudienceInput {
  name: string;
  users?: string[];
  groups?: string[];
  roles?: string[];
}

export interface AdminServiceOptions {
  store: AdminStore;
  access: AccessCheck;
  /** Forget a user's cached results (after their connections are purged). */
  forgetUser(tid: string, oid: string): Promise<void>;
  now?: () => number;
}

/**
 * The console's operations, always inside the actor's own tenant. Every change is written with
 * its audit entries in one transaction: before → after, actor, request id.
 */
export class AdminService {
  private readonly now: () => number;

  constructor(private readonly options: AdminServiceOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Every change goes through here: written with its audit entries, then the access check's memo of the tenant is dropped. */
  private async apply(tid: string, writes: AdminWrite[], audit: AuditDraft[]): Promise<AdminChangeResult> {
    try {
      return await this.options.store.apply(tid, writes, audit);
    } finally {
      // Even when the write failed: it may have committed before the error reached us.
      this.options.access.changed(tid);
    }
  }

  async integrations(tid: string): Promise<Integration[]> {
    const [policy, connected] = await Promise.all([this.options.access.policy(tid), this.options.store.connectedUsers(tid)]);
    return INTEGRATIONS.map((provider) => present(policy.settings.get(provider)!, connected[provider] ?? 0));
  }

  async updateIntegration(actor: AdminActor, provider: ProviderId, change: IntegrationChange): Promise<Integration> {
    const policy = await this.options.access.policy(actor.tid);
    const before = policy.settings.get(provider)!;
    const after: IntegrationSetting = { provider, enabled: change.enabled ?? before.enabled, access: change.access ? normalAccess(change.access) : before.access };
    const unknown = after.access.audiences.find((id) => !policy.audiences.has(id));
    if (unknown !== undefined) throw new AppError('bad_request', `The access list names an audience that does not exist (${unknown}).`);
    const audit: AuditDraft[] = [];
    const target = { type: 'integration', id: provider };
    if (after.enabled !== before.enabled) {
      audit.push(this.draft(actor, after.enabled ? 'integration.enabled' : 'integration.disabled', target, { enabled: before.enabled }, { enabled: after.enabled }));
    }
    if (!sameAccess(before.access, after.access)) {
      audit.push(this.draft(actor, 'integration.access_changed', target, before.access, after.access));
    }
    if (audit.length) await this.apply(actor.tid, [{ kind: 'integration', setting: after }], audit);
    return present(after, (await this.options.store.connectedUsers(actor.tid))[provider] ?? 0);
  }

  audiences(tid: string): Promise<Audience[]> {
    return this.options.store.audiences(tid);
  }

  countGroupsOverage(tid: string): Promise<number> {
    return this.options.store.countGroupsOverage(tid);
  }

  async createAudience(actor: AdminActor, input: AudienceInput): Promise<Audience> {
    const existing = await this.options.store.audiences(actor.tid);
    const audience = normalAudience(randomUUID(), input, undefined);
    assertUniqueName(existing, audience);
    await this.apply(actor.tid, [{ kind: 'audience', audience }], [
      this.draft(actor, 'audience.created', { type: 'audience', id: audience.id }, undefined, audience),
    ]);
    return audience;
  }

  async updateAudience(actor: AdminActor, id: string, input: AudienceInput): Promise<Audience> {
    const existing = await this.options.store.audiences(actor.tid);
    const before = existing.find((a) => a.id === id);
    if (!before) throw noSuchAudience();
    const after = normalAudience(id, input, before);
    assertUniqueName(existing, after);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await this.apply(actor.tid, [{ kind: 'audience', audience: after }], [
        this.draft(actor, 'audience.updated', { type: 'audience', id }, before, after),
      ]);
    }
    return after;
  }

  /** Deletes the audience and takes it out of every access list, each change audited. */
  async deleteAudience(actor: AdminActor, id: string): Promise<void> {
    const policy = await this.options.access.policy(actor.tid);
    const before = policy.audiences.get(id);
    if (!before) throw noSuchAudience();
    const writes: AdminWrite[] = [{ kind: 'delete_audience', id }];
    const audit: AuditDraft[] = [this.draft(actor, 'audience.deleted', { type: 'audience', id }, before, undefined)];
    for (const setting of policy.settings.values()) {
      if (!setting.access.audiences.includes(id)) continue;
      const access = { ...setting.access, audiences: setting.access.audiences.filter((a) => a !== id) };
      writes.push({ kind: 'integration', setting: { ...setting, access } });
      audit.push(this.draft(actor, 'integration.access_changed', { type: 'integration', id: setting.provider }, setting.access, access));
    }
    await this.apply(actor.tid, writes, audit);
  }

  async people(tid: string, query: string | undefined, limit = 50): Promise<DirectoryPerson[]> {
    const people = await this.options.store.people(tid, query, limit);
    return people.map((p) => ({ oid: p.oid, name: p.name, ...(p.username ? { username: p.username } : {}), lastSeenAt: new Date(p.lastSeenAt).toISOString() }));
  }

  /** Deletes every stored connection of the tenant for the provider; the entry records the counts. */
  async purgeConnections(actor: AdminActor, provider: ProviderId): Promise<{ users: number; entries: number }> {
    const result = await this.apply(actor.tid, [{ kind: 'purge_connections', provider }], [
      this.draft(actor, 'integration.connections_purged', { type: 'integration', id: provider }, undefined, {}),
    ]);
    const purged = result.purged ?? { users: [], entries: 0 };
    await Promise.all(purged.users.map((oid) => this.options.forgetUser(actor.tid, oid)));
    return { users: purged.users.length, entries: purged.entries };
  }

  /** Records the outcome of an admin-consent window (checked by AdminConsent), audited. */
  async recordConsent(actor: AdminActor, provider: ProviderId, status: ConsentStatus): Promise<void> {
    const before = (await this.options.store.consents(actor.tid)).find((c) => c.provider === provider);
    const record = { provider, status, at: this.now(), actor: { oid: actor.oid, name: actor.name } };
    await this.apply(actor.tid, [{ kind: 'consent', record }], [
      this.draft(actor, status === 'granted' ? 'consent.granted' : 'consent.not_granted', { type: 'integration', id: provider }, before && { status: before.status }, { status }),
    ]);
  }

  /** Newest first; `next` is the cursor for the page after this one. */
  async auditPage(tid: string, limit: number, before?: number): Promise<{ entries: AuditEntry[]; next?: string }> {
    const rows = await this.options.store.auditPage(tid, limit + 1, before);
    const page = rows.slice(0, limit);
    return { entries: page.map(auditEntry), ...(rows.length > limit ? { next: String(page[page.length - 1]!.seq) } : {}) };
  }

  async verifyAudit(tid: string): Promise<ChainVerdict> {
    return verifyChain(await this.options.store.auditChain(tid));
  }

  draft(actor: AdminActor, action: string, target: { type: string; id: string }, before: unknown, after: unknown): AuditDraft {
    return {
      at: this.now(),
      actor: { oid: actor.oid, name: actor.name },
      action,
      target,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      requestId: actor.requestId,
    };
  }
}

function present(setting: IntegrationSetting, connectedUsers: number): Integration {
  const provider = setting.provider as ProviderId;
  return { provider, name: INTEGRATION_NAMES[provider], enabled: setting.enabled, access: setting.access, connectedUsers };
}

export function auditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    target: row.target,
    ...(row.before !== undefined ? { before: row.before } : {}),
    ...(row.after !== undefined ? { after: row.after } : {}),
    requestId: row.requestId,
  };
}

const unique = (values: readonly string[]) => [...new Set(values)];
const lower = (values: readonly string[]) => unique(values.map((v) => v.toLowerCase()));

function normalAccess(access: IntegrationAccess): IntegrationAccess {
  return { mode: access.mode, audiences: unique(access.audiences), users: lower(access.users) };
}

function sameAccess(a: IntegrationAccess, b: IntegrationAccess): boolean {
  return a.mode === b.mode && JSON.stringify(a.audiences) === JSON.stringify(b.audiences) && JSON.stringify(a.users) === JSON.stringify(b.users);
}

/** Lists given replace the stored ones; lists left out keep them (so a rename is `{name}`). */
function normalAudience(id: string, input: AudienceInput, before: Audience | undefined): Audience {
  return {
    id,
    name: input.name.trim(),
    users: input.users ? lower(input.users) : (before?.users ?? []),
    groups: input.groups ? lower(input.groups) : (before?.groups ?? []),
    roles: input.roles ? unique(input.roles) : (before?.roles ?? []),
  };
}

function assertUniqueName(existing: readonly Audience[], audience: Audience): void {
  const clash = existing.find((a) => a.id !== audience.id && a.name.toLowerCase() === audience.name.toLowerCase());
  if (clash) throw new AppError('bad_request', `An audience named "${audience.name}" already exists.`);
}

function noSuchAudience(): AppError {
  return new AppError('bad_request', 'No such audience.', { status: 404 });
}
