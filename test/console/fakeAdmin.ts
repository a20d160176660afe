import type { AdminClient } from '../../src/console/api/adminClient';
import type { Audience, Integration } from '../../src/shared/api';

export const outlook: Integration = { provider: 'outlook-calendar', name: 'Outlook Calendar', enabled: false, access: { mode: 'all', audiences: [], users: [] }, connectedUsers: 2 };
export const google: Integration = { provider: 'google-calendar', name: 'Google Calendar', enabled: true, access: { mode: 'specific', audiences: ['a1'], users: [] }, connectedUsers: 0 };
export const engineering: Audience = { id: 'a1', name: 'Engineering', users: [], groups: ['3f0b1c7e-8a2d-4e5f-9b6c-0d1e2f3a4b5c'], roles: [] };

/** An AdminClient answering from memory; each method a jest mock to assert on. */
export function fakeAdmin(overrides: Partial<AdminClient> = {}): jest.Mocked<AdminClient> {
  const base: AdminClient = {
    me: async () => ({ user: { tid: 't', oid: 'o', name: 'Dana Rivera', isAdmin: true }, integrations: [] }),
    integrations: async () => [outlook, google],
    updateIntegration: async (provider, change) => ({ ...(provider === 'outlook-calendar' ? outlook : google), ...change }),
    purgeConnections: async (provider) => ({ provider, users: 2, entries: 3 }),
    audiences: async () => ({ audiences: [engineering], groupsOverageUsers: 1 }),
    createAudience: async (input) => ({ id: 'new', users: [], groups: [], roles: [], ...input }),
    updateAudience: async (id, input) => ({ id, users: [], groups: [], roles: [], ...input }),
    deleteAudience: async () => undefined,
    users: async () => [{ oid: 'u1', name: 'Jonas Becker', username: 'jonas@x', lastSeenAt: '2026-01-01T00:00:00Z' }],
    consent: async () => [
      { provider: 'outlook-calendar', name: 'Outlook Calendar', status: 'unknown', url: 'https://login.example/t/v2.0/adminconsent?state=s.1', recordable: true, steps: ['Step one'] },
    ],
    completeConsent: async (provider) => ({ provider, name: 'Outlook Calendar', status: 'granted', url: 'x', recordable: true, steps: [] }),
    audit: async () => ({ entries: [] }),
    auditCsv: async () => new Blob(['a,b\r\n']),
    verifyAudit: async () => ({ ok: true, entries: 0 }),
    ...overrides,
  };
  const mocked = base as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const key of Object.keys(mocked)) mocked[key] = jest.fn(mocked[key]);
  return base as jest.Mocked<AdminClient>;
}
