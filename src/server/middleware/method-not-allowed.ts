import type { RequestHandler, Router } from 'express';
import { AppError } from '../errors/app-error';

interface RouteLayer {
  match(path: string): unknown;
  route?: { methods: Record<string, boolean | undefined> };
  handle?: { stack?: RouteLayer[] };
  slash?: boolean;
}

/**
 * Before the /api not-found fallback: a path some route answers, asked with a method none of its
 * routes takes, is 405 with `Allow` (RFC 9110 §15.5.6), code `bad_request`. The routes are read
 * from the routers' own stacks, so the list cannot drift from what is mounted; routers nested
 * without a path (the admin routes) are walked too. Routers mounted under a path prefix are not:
 * every API router declares its full paths.
 */
export function methodNotAllowed(routers: Router[]): RequestHandler {
  const routes: RouteLayer[] = [];
  const walk = (stack: RouteLayer[]) => {
    for (const layer of stack) {
      if (layer.route) routes.push(layer);
      else if (layer.slash && layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  for (const router of routers) walk((router as unknown as { stack: RouteLayer[] }).stack);

  return (req, res, next) => {
    const path = req.baseUrl + req.path;
    const allowed = new Set<string>();
    for (const layer of routes) {
      if (!layer.match(path)) continue;
      for (const [method, on] of Object.entries(layer.route!.methods)) if (on && method !== '_all') allowed.add(method.toUpperCase());
    }
    if (allowed.size === 0) return next();
    if (allowed.has('GET')) allowed.add('HEAD');
    res.setHeader('Allow', [...allowed].sort().join(', '));
    next(new AppError('bad_request', 'This path does not answer that method; the Allow header lists the ones it does.', { status: 405 }));
  };
}
