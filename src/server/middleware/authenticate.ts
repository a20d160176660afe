import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';
import type { UserIdentity, VerifyUserToken } from '../auth/user-token-verifier';

declare module 'express-serve-static-core' {
  interface Request {
    user?: UserIdentity;
  }
}

// The scheme is case-insensitive (RFC 7235).
const BEARER = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/i;

/** Every API route but health and the OAuth pages passes through here. */
export function authenticate(verify: VerifyUserToken): RequestHandler {
  return (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) return next(new AppError('unauthenticated', 'Sign in first: the request carries no bearer token.'));
    const match = BEARER.exec(header);
    if (!match) return next(new AppError('invalid_token', 'The Authorization header is not a bearer JWT.'));
    verify(match[1]!).then(
      (user) => {
        req.user = user;
        next();
      },
      next,
    );
  };
}

/** The identity set by `authenticate`; a route that calls this without it is a wiring bug. */
export function currentUser(req: { user?: UserIdentity }): UserIdentity {
  if (!req.user) throw new AppError('unauthenticated', 'Sign in first.');
  return req.user;
}
