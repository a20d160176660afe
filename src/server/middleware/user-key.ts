import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

declare module 'express-serve-static-core' {
  interface Request {
    userKey?: string;
  }
}

const USER_KEY = /^[A-Za-z0-9_-]{43}$/;

/**
 * Reads this device's user key (32 bytes, base64url) when present. A malformed key is refused;
 * an absent one is left to the vault, which needs it only to open stored tokens.
 */
export const readUserKey: RequestHandler = (req, _res, next) => {
  const header = req.headers['x-user-key'];
  if (header === undefined) return next();
  if (typeof header !== 'string' || !USER_KEY.test(header)) {
    return next(new AppError('user_key_missing', 'The X-User-Key header must be 32 bytes in base64url.'));
  }
  req.userKey = header;
  next();
};
