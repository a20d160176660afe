import type { Audience, IntegrationAccess } from '../../shared/api';
import type { UserIdentity } from '../auth/user-token-verifier';
import type { IntegrationSetting } from '../store/admin-store';

export type Caller = Pick<UserIdentity, 'oid' | 'groups' | 'roles' | 'groupsOverage'>;

export type AccessDecision =
  | { allowed: true; via: 'all' | 'user' | 'audience' }
  /**
   * `groups_unresolved`: the caller is in no listed user or role, and a group audience could not be
   * checked because the token carried the groups overage claim instead of the groups.
   */
  | { allowed: false; reason: 'disabled' | 'not_in_access' | 'groups_unresolved' };

/**
 * Whether the caller may use an integration (brief §2): it is enabled, and its access is everyone,
 * or lists the caller's oid, or names an audience that lists the oid, one of the token's groups or
 * one of its app roles. An overage token matches no group (its `groups` is empty): Upnext does not
 * call Graph for membership, so such users are told apart and counted for the admin instead.
 */
export function decideAccess(setting: IntegrationSetting, audiences: ReadonlyMap<string, Audience>, caller: Caller): AccessDecision {
  if (!setting.enabled) return { allowed: false, reason: 'disabled' };
  const access: IntegrationAccess = setting.access;
  if (access.mode === 'all') return { allowed: true, via: 'all' };
  const oid = caller.oid.toLowerCase();
  if (access.users.includes(oid)) return { allowed: true, via: 'user' };
  const groups = new Set(caller.groups.map((g) => g.toLowerCase()));
  const roles = new Set(caller.roles);
  let groupAudience = false;
  for (const id of access.audiences) {
    const audience = audiences.get(id);
    if (!audience) continue;
    if (audience.users.includes(oid)) return { allowed: true, via: 'audience' };
    if (audience.roles.some((r) => roles.has(r))) return { allowed: true, via: 'audience' };
    if (audience.groups.some((g) => groups.has(g))) return { allowed: true, via: 'audience' };
    if (audience.groups.length) groupAudience = true;
  }
  return { allowed: false, reason: groupAudience && caller.groupsOverage ? 'groups_unresolved' : 'not_in_access' };
}
