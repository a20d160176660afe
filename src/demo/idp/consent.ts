/**
 * Who has consented to Upnext reading their calendar. A tenant either lets users consent for themselves
 * or requires an admin; an admin's tenant-wide grant covers everyone. Demo users start consented so the
 * demo works out of the box; tests flip the state through DemoAuthority.
 */
import { DECLARED_GRAPH_PERMISSIONS } from './scopes';

export type ConsentDecision = { ok: true; permissions: string[] } | { ok: false; reason: 'consent_required' | 'admin_consent_required' };

interface TenantPolicy {
  requiresAdminConsent: boolean;
  adminGrant?: Set<string>;
}

export class ConsentStore {
  private readonly userGrants = new Map<string, Set<string>>();
  private readonly tenants = new Map<string, TenantPolicy>();

  constructor(initialUsers: ReadonlyArray<{ tid: string; oid: string }>) {
    for (const u of initialUsers) this.setUserConsent(u.tid, u.oid, true);
  }

  setUserConsent(tid: string, oid: string, granted: boolean): void {
    if (granted) this.grantUser(tid, oid, DECLARED_GRAPH_PERMISSIONS);
    else this.userGrants.delete(key(tid, oid));
  }

  grantUser(tid: string, oid: string, permissions: readonly string[]): void {
    const set = this.userGrants.get(key(tid, oid)) ?? new Set<string>();
    permissions.forEach((p) => set.add(p));
    this.userGrants.set(key(tid, oid), set);
  }

  revokeUser(oid: string): void {
    for (const k of [...this.userGrants.keys()]) if (k.endsWith(`|${oid}`)) this.userGrants.delete(k);
  }

  /** While a tenant requires admin consent and no admin granted it, users' own grants do not count. */
  setRequiresAdminConsent(tid: string, required: boolean): void {
    this.policy(tid).requiresAdminConsent = required;
  }

  requiresAdminConsent(tid: string): boolean {
    return this.policy(tid).requiresAdminConsent;
  }

  setAdminConsent(tid: string, permissions: readonly string[] | undefined): void {
    this.policy(tid).adminGrant = permissions ? new Set(permissions) : undefined;
  }

  hasAdminConsent(tid: string): boolean {
    return !!this.policy(tid).adminGrant;
  }

  /** May this user get a Graph token with these permissions without being asked? */
  check(tid: string, oid: string, requested: readonly string[]): ConsentDecision {
    const policy = this.policy(tid);
    const admin = policy.adminGrant;
    if (admin && requested.every((p) => admin.has(p))) return { ok: true, permissions: union(admin, this.userGrants.get(key(tid, oid))) };
    const user = this.userGrants.get(key(tid, oid));
    if (!policy.requiresAdminConsent && user && requested.every((p) => user.has(p))) {
      return { ok: true, permissions: union(user, admin) };
    }
    return { ok: false, reason: policy.requiresAdminConsent ? 'admin_consent_required' : 'consent_required' };
  }

  private policy(tid: string): TenantPolicy {
    let p = this.tenants.get(tid);
    if (!p) this.tenants.set(tid, (p = { requiresAdminConsent: false }));
    return p;
  }
}

function key(tid: string, oid: string): string {
  return `${tid}|${oid}`;
}

function union(a: Set<string>, b: Set<string> | undefined): string[] {
  return [...new Set([...a, ...(b ?? [])])];
}
