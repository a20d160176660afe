import { AppError } from '../errors/app-error';
import { decodeUserKey } from './crypto';

/** This device's user key from `X-User-Key`, or the contract's `user_key_missing`. */
export function requireUserKey(text: string | undefined): Buffer {
  if (!text) throw new AppError('user_key_missing', 'This device has no user key; reload Upnext and connect your calendar again.');
  try {
    return decodeUserKey(text);
  } catch {
    throw new AppError('user_key_missing', 'The X-User-Key header must be 32 bytes in base64url.');
  }
}
