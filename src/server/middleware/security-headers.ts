import type { RequestHandler } from 'express';

/** API answers are per caller and per moment: no cache (browser, proxy, CDN) may keep one. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Hosts that may frame the pane: Outlook (classic, new, web) and Teams / the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.outlook.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
];

/** `https`: the public URL is https, so browsers are told to keep to it (HSTS). */
export function securityHeaders(authorityOrigin: string, https = false): RequestHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net",
    // Styles come from griffel.css, but FluentProvider still writes its theme's variables into a <style>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // Office.js fetches its own parts; teams-js fetches its list of valid Teams origins.
    `connect-src 'self' ${authorityOrigin} https://appsforoffice.microsoft.com https://res.cdn.office.net`,
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', csp);
    if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
