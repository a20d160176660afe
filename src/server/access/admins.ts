import type { UserIdentity } from '../auth/user-token-verifier';

/** The app role (brief §1) whose holders run the admin console; assign it to a group in Entra. */
export const ADMIN_APP_ROLE = 'Upnext.Admin';

/** An admin holds the app role in this token, or is named by oid in ADMIN_USERS (the first admin). */
export function isAdmin(user: Pick<UserIdentity, 'oid' | 'roles'>, adminUsers: readonly string[]): boolean {
  return user.roles.includes(ADMIN_APP_ROLE) || adminUsers.includes(user.oid.toLowerCase());
}
