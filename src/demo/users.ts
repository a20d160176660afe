/** The one demo tenant and its people. Ids are fixed so tokens, seeds and tests agree across restarts. */

export const DEMO_TENANT_ID = '7c1e2f3a-5b64-4d8e-9f0a-1b2c3d4e5f60';
export const DEMO_TENANT_DOMAIN = 'upnextdemo.onmicrosoft.com';

/** App role that makes a user a console admin (brief §3, ADMIN_USERS). */
export const ADMIN_APP_ROLE = 'Upnext.Admin';

/** Entra security groups of the demo tenant, for audience (segment) tests. */
export const DEMO_GROUPS = {
  engineering: '3f0b1c7e-8a2d-4e5f-9b6c-0d1e2f3a4b5c',
  sales: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
} as const;

export interface DemoUser {
  oid: string;
  name: string;
  username: string;
  /** IANA zone of the user's mailbox: working hours and all-day events are laid out in it. */
  timeZone: string;
  /** Windows name Outlook stores as originalStartTimeZone. */
  windowsTimeZone: string;
  roles: readonly string[];
  groups: readonly string[];
  /**
   * In more groups than a token can carry (over 200 for JWTs): Entra then sends the overage claim
   * (`_claim_names.groups`) instead of `groups`.
   */
  groupsOverage?: boolean;
  /** Only a directory admin may grant tenant-wide (admin) consent. */
  isTenantAdmin: boolean;
}

export const DEMO_USERS: ReadonlyArray<DemoUser> = [
  {
    oid: '4d6f1a2b-0c3e-4f5a-8b9c-1d2e3f4a5b6c',
    name: 'Dana Rivera',
    username: `dana.rivera@${DEMO_TENANT_DOMAIN}`,
    timeZone: 'America/Los_Angeles',
    windowsTimeZone: 'Pacific Standard Time',
    roles: [ADMIN_APP_ROLE],
    groups: [DEMO_GROUPS.engineering],
    isTenantAdmin: true,
  },
  {
    oid: '8e2a9b3c-4d5e-4f60-a7b8-c9d0e1f2a3b4',
    name: 'Jonas Becker',
    username: `jonas.becker@${DEMO_TENANT_DOMAIN}`,
    timeZone: 'Europe/Berlin',
    windowsTimeZone: 'W. Europe Standard Time',
    roles: [],
    groups: [DEMO_GROUPS.engineering],
    isTenantAdmin: false,
  },
  {
    oid: 'c5b4a3f2-e1d0-4c9b-8a7f-6e5d4c3b2a19',
    name: 'Priya Natarajan',
    username: `priya.natarajan@${DEMO_TENANT_DOMAIN}`,
    timeZone: 'America/New_York',
    windowsTimeZone: 'Eastern Standard Time',
    roles: [],
    groups: [DEMO_GROUPS.sales],
    isTenantAdmin: false,
  },
  {
    oid: 'e7d6c5b4-a392-4817-b6f5-e4d3c2b1a098',
    name: 'Sam Okafor',
    username: `sam.okafor@${DEMO_TENANT_DOMAIN}`,
    timeZone: 'Europe/London',
    windowsTimeZone: 'GMT Standard Time',
    roles: [],
    groups: [DEMO_GROUPS.engineering, DEMO_GROUPS.sales],
    groupsOverage: true,
    isTenantAdmin: false,
  },
];

export function findDemoUser(oid: string): DemoUser | undefined {
  return DEMO_USERS.find((u) => u.oid === oid);
}

/** Entra accepts the tenant id or a verified domain in the path; both mean the demo tenant. */
export function isDemoTenant(segment: string): boolean {
  const s = segment.toLowerCase();
  return s === DEMO_TENANT_ID || s === DEMO_TENANT_DOMAIN;
}
