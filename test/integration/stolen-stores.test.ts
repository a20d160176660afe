import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { DEMO_USERS } from '../../src/demo';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import { associatedData, deriveEntryKey, open, userKeyId } from '../../src/server/vault/crypto';
import { parseMasterKeys } from '../../src/server/vault/master-keys';
import { signedInDevice, type Device } from '../helpers/api-client';
import { serviceUrl } from '../helpers/services';
import { startApp, type RunningApp } from '../helpers/start-app';

const redisUrl = serviceUrl('TEST_REDIS_URL');

if (!redisUrl) {
  // serviceUrl() has already said loudly that this suite did not run (and failed in CI).
  test('stolen stores drill: no TEST_REDIS_URL, not run', () => expect(redisUrl).toBeUndefined());
}

/**
 * SECURITY.md's drill for the worst theft short of the devices: the whole database, a dump of the
 * Redis cache and the master key. Without the users' keys none of it opens, and none of it holds a
 * meeting, token or user key in clear; with a user's key (the positive control) their entry opens.
 */
if (redisUrl) describe('a stolen database, cache dump and master key, without the users’ keys', () => {
  const masterKeys = `k1:${randomBytes(32).toString('base64')}`;
  let app: RunningApp;
  let devices: Device[];
  let redis: Redis;

  beforeAll(async () => {
    app = await startApp({ REDIS_URL: redisUrl, TOKEN_MASTER_KEYS: masterKeys });
    devices = [];
    for (const user of DEMO_USERS.slice(0, 2)) {
      const device = await signedInDevice(app, user.oid);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      expect((await device.get('/api/meetings')).status).toBe(200);
      devices.push(device);
    }
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    redis?.disconnect();
    await app?.stop();
  });

  it('opens nothing, and shows no meeting, token or user key in clear', async () => {
    const master = parseMasterKeys(masterKeys).current;
    const rows = (app.store as unknown as SqliteStore).db.prepare('SELECT * FROM vault_entries').all() as Array<Record<string, unknown>>;
    expect(rows.length).toBe(2);
    const cacheKeys = await redis.keys('upnext:cache:*');
    const cacheValues = (await Promise.all(cacheKeys.map((k) => redis.getBuffer(k)))).filter((v): v is Buffer => v !== null);
    expect(cacheValues.length).toBeGreaterThanOrEqual(2);

    // Nothing in clear: no title of the meetings just served, no user key, no user or query in a key.
    const dump = Buffer.concat([...cacheValues, ...cacheKeys.map((k) => Buffer.from(k)), ...rows.map((r) => Buffer.from(JSON.stringify(r)))]);
    for (const [i, device] of devices.entries()) {
      const titles = app.demo!.calendar.eventsFor(DEMO_USERS[i]!.oid).map((e) => e.subject).filter((t): t is string => !!t && t.length > 6);
      expect(titles.length).toBeGreaterThan(5);
      for (const title of titles) expect(dump.includes(Buffer.from(title))).toBe(false);
      expect(dump.includes(Buffer.from(device.userKey))).toBe(false);
      expect(cacheKeys.join(' ')).not.toContain(DEMO_USERS[i]!.oid);
    }

    // The master key with any key but the device's opens no entry.
    for (const row of rows) {
      const owner = { tid: String(row.tid), oid: String(row.oid), provider: String(row.provider) };
      const aad = associatedData({ ...owner, keyId: String(row.key_id), masterKid: master.kid });
      const sealed = { nonce: row.nonce as Buffer, ciphertext: row.ciphertext as Buffer };
      for (const guess of [Buffer.alloc(32), Buffer.from(String(row.key_id), 'base64url').subarray(0, 32), randomBytes(32), master.key]) {
        expect(() => open(deriveEntryKey(master.key, guess, owner), sealed, aad)).toThrow();
      }
      // Positive control: with the device's key the same row opens.
      const device = devices[DEMO_USERS.findIndex((u) => u.oid === owner.oid)]!;
      const userKey = Buffer.from(device.userKey, 'base64url');
      expect(userKeyId(userKey)).toBe(row.key_id);
      expect(JSON.parse(open(deriveEntryKey(master.key, userKey, owner), sealed, aad).toString()).refreshToken).toEqual(expect.any(String));
    }
  });
});
