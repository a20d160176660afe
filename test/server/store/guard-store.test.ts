import { SqliteStore } from '../../../src/server/store/sqlite-store';
import { guardStore, StoreUnavailableError } from '../../../src/server/store/unavailable-store';

describe('guardStore', () => {
  it('turns a failing graph store call into 503 provider_unavailable, like the vault’s', async () => {
    const raw = new SqliteStore(':memory:');
    const failures: unknown[] = [];
    const store = guardStore(raw, (err) => failures.push(err));
    await store.graph.erase({ tid: 't', oid: 'o' });
    await raw.close();
    const err = await store.graph.erase({ tid: 't', oid: 'o' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err).toMatchObject({ code: 'provider_unavailable', status: 503 });
    expect(failures).toHaveLength(1);
    await expect(store.vault.get({ tid: 't', oid: 'o', provider: 'outlook-calendar', keyId: 'k' })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
