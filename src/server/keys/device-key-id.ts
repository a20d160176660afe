import { userKeyId } from '../vault/crypto';
import { requireUserKey } from '../vault/user-key';

/** The one-way id of this device's user key (what states and stores hold), or `user_key_missing`. */
export function deviceKeyId(userKey: string | undefined): string {
  return userKeyId(requireUserKey(userKey));
}
