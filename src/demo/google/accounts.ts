/** The demo people's Google accounts: each Upnext demo person also has a personal Google calendar. */
import { DEMO_USERS, type DemoUser } from '../users';

export interface DemoGoogleAccount {
  /** Google's numeric account id. */
  sub: string;
  email: string;
  name: string;
  /** The Upnext demo person who owns it (their calendars overlap). */
  person: DemoUser;
}

export const DEMO_GOOGLE_DOMAIN = 'gmail.example';

export const DEMO_GOOGLE_ACCOUNTS: readonly DemoGoogleAccount[] = DEMO_USERS.map((person, i) => ({
  sub: `1094${String(880231 + i * 7919).padStart(8, '0')}${String(40213 + i).padStart(9, '0')}`,
  email: `${person.name.toLowerCase().replace(/[^a-z]+/g, '.')}@${DEMO_GOOGLE_DOMAIN}`,
  name: person.name,
  person,
}));

export function findGoogleAccount(sub: string): DemoGoogleAccount | undefined {
  return DEMO_GOOGLE_ACCOUNTS.find((a) => a.sub === sub);
}
