import { createDeviceSettings, settingsStorageName, userId } from '../../../src/taskpane/preferences/deviceStore';

const alice = userId({ tid: '11111111-1111-1111-1111-111111111111', oid: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa' });
const bob = userId({ tid: '11111111-1111-1111-1111-111111111111', oid: 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb' });

/** This device's storage, as a reload sees it: the same map under a new store. */
function deviceStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

let localStorage: ReturnType<typeof deviceStorage>;

describe('device settings', () => {
  beforeEach(() => {
    localStorage = deviceStorage();
  });

  it('keeps a user’s choices across a reload and remembers who used the pane last', () => {
    createDeviceSettings(localStorage).save(alice, { reminderMinutes: 5, theme: 'dark', language: 'de', secondZone: 'Asia/Tokyo' });
    const reloaded = createDeviceSettings(localStorage);
    expect(reloaded.lastUser()).toBe(alice);
    expect(reloaded.load(alice)).toEqual({ reminderMinutes: 5, theme: 'dark', language: 'de', secondZone: 'Asia/Tokyo' });
  });

  it('never shows one user’s choices to another on the same device', () => {
    const store = createDeviceSettings(localStorage);
    store.save(alice, { reminderMinutes: 10, language: 'ja' });
    expect(store.load(bob)).toEqual({});
    store.save(bob, { theme: 'highContrast' });
    expect(store.load(alice)).toEqual({ reminderMinutes: 10, language: 'ja' });
    expect(store.lastUser()).toBe(bob);
  });

  it('after a sign-out starts with nobody’s choices, and still keeps each person’s for their return', () => {
    const store = createDeviceSettings(localStorage);
    store.save(alice, { language: 'ar', theme: 'dark' });
    store.forgetLastUser();
    const next = createDeviceSettings(localStorage);
    expect(next.lastUser()).toBeUndefined();
    expect(next.load(alice)).toEqual({ language: 'ar', theme: 'dark' });
  });

  it('drops what it does not know and survives storage that is blocked or holds nonsense', () => {
    localStorage.setItem(settingsStorageName(alice), JSON.stringify({ reminderMinutes: 7, theme: 'purple', language: 'de', token: 'eyJ…' }));
    expect(createDeviceSettings(localStorage).load(alice)).toEqual({ language: 'de' });
    localStorage.setItem(settingsStorageName(bob), '{not json');
    expect(createDeviceSettings(localStorage).load(bob)).toEqual({});
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    const store = createDeviceSettings(blocked);
    expect(() => store.save(alice, { theme: 'dark' })).not.toThrow();
    expect(() => store.forgetLastUser()).not.toThrow();
    expect(store.load(alice)).toEqual({});
    expect(store.lastUser()).toBeUndefined();
    expect(createDeviceSettings(undefined).load(alice)).toEqual({});
  });
});
