/**
 * Demo mode's stand-ins for Google: an OAuth 2 server shaped like accounts.google.com and
 * oauth2.googleapis.com, and Calendar API v3 `events.list`, mounted under one path.
 */
import express, { type Router } from 'express';
import { DemoGoogleCalendar } from './calendar';
import { createGoogleCalendarRouter } from './calendar-router';
import { DemoGoogleOAuth } from './oauth';
import { createGoogleOAuthRouter } from './oauth-router';

export { DEMO_GOOGLE_ACCOUNTS, type DemoGoogleAccount } from './accounts';
export { DemoGoogleCalendar } from './calendar';
export { DemoGoogleOAuth } from './oauth';

export interface GoogleDemoOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  now: () => number;
}

export interface GoogleDemo {
  router: Router;
  oauth: DemoGoogleOAuth;
  calendar: DemoGoogleCalendar;
}

/** Routes: `/o/oauth2/v2/auth`, `/token`, `/revoke`, `/calendar/v3/…`. */
export function createGoogleDemo(options: GoogleDemoOptions): GoogleDemo {
  const oauth = new DemoGoogleOAuth(options);
  const calendar = new DemoGoogleCalendar(options.now);
  const router = express.Router();
  router.use(createGoogleOAuthRouter(oauth));
  router.use('/calendar/v3', createGoogleCalendarRouter(oauth, calendar));
  return { router, oauth, calendar };
}
