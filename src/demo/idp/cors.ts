/** CORS as Entra does it: the token endpoint answers browsers of registered SPA origins; metadata answers anyone. */
import type { Request, Response } from 'express';

export function allowOrigin(req: Request, res: Response, allowed: readonly string[] | '*'): void {
  const origin = req.get('origin');
  res.vary('Origin');
  if (!origin) return;
  if (allowed !== '*' && !allowed.includes(origin)) return;
  res.set('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin);
  res.set('Access-Control-Expose-Headers', 'client-request-id, x-ms-request-id');
}

export function preflight(req: Request, res: Response, allowed: readonly string[] | '*'): void {
  allowOrigin(req, res, allowed);
  res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  // MSAL sends telemetry and correlation headers; echo what the browser asks for.
  const asked = req.get('access-control-request-headers');
  if (asked) res.set('Access-Control-Allow-Headers', asked);
  res.set('Access-Control-Max-Age', '86400');
  res.status(204).end();
}
