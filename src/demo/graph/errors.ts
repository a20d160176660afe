/** Graph's error answer: `{error: {code, message, innerError: {date, request-id, client-request-id}}}`. */
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

export interface GraphErrorSpec {
  status: number;
  code: string;
  message: string;
}

/** Graph echoes a caller's `client-request-id`, or makes one; `request-id` is always its own. */
export function requestIds(req: Request, res: Response): { requestId: string; clientRequestId: string } {
  const existing = res.locals.graphIds as { requestId: string; clientRequestId: string } | undefined;
  if (existing) return existing;
  const given = req.get('client-request-id');
  const ids = { requestId: randomUUID(), clientRequestId: given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID() };
  res.locals.graphIds = ids;
  res.set('request-id', ids.requestId).set('client-request-id', ids.clientRequestId);
  return ids;
}

export function sendGraphError(req: Request, res: Response, spec: GraphErrorSpec, now: number): void {
  const ids = requestIds(req, res);
  res.status(spec.status).json({
    error: {
      code: spec.code,
      message: spec.message,
      innerError: {
        date: new Date(now).toISOString().slice(0, 19),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  });
}

export const G = {
  badRequest: (message: string): GraphErrorSpec => ({ status: 400, code: 'BadRequest', message }),
  invalidParameter: (message: string): GraphErrorSpec => ({ status: 400, code: 'ErrorInvalidParameter', message }),
  noProperty: (name: string): GraphErrorSpec => ({
    status: 400, code: 'RequestBroker--ParseUri', message: `Could not find a property named '${name}' on type 'microsoft.graph.event'.`,
  }),
  unauthenticated: (message: string): GraphErrorSpec => ({ status: 401, code: 'InvalidAuthenticationToken', message }),
  accessDenied: (): GraphErrorSpec => ({ status: 403, code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' }),
  throttled: (status: 429 | 503 | 504, retryAfter: number): GraphErrorSpec => {
    if (status === 429) return { status, code: 'TooManyRequests', message: `Too many requests. Please retry after ${retryAfter} seconds.` };
    if (status === 503) return { status, code: 'ServiceNotAvailable', message: 'The service is temporarily unavailable. Please retry later.' };
    return { status, code: 'GatewayTimeout', message: 'The request timed out at the gateway. Please retry later.' };
  },
  internal: (): GraphErrorSpec => ({ status: 500, code: 'InternalServerError', message: 'An internal server error occurred.' }),
};
