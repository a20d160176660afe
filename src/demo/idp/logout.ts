/** GET /{tenant}/oauth2/v2.0/logout: the demo keeps no session, so this only sends the browser back. */
import type { Router } from 'express';
import type { DemoAuthority } from './authority';
import { singleValues } from './authorize-params';
import { esc } from './pages';

export function mountLogout(router: Router, authority: DemoAuthority): void {
  router.get('/:tenant/oauth2/v2.0/logout', (req, res) => {
    const q = singleValues(req.query);
    const to = q.post_logout_redirect_uri;
    if (to && authority.isAllowedRedirect(to)) {
      const url = new URL(to);
      if (q.state !== undefined) url.searchParams.set('state', q.state);
      res.redirect(302, url.toString());
      return;
    }
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title></head><body><p>${esc('You signed out of your account.')}</p></body></html>`);
  });
}
