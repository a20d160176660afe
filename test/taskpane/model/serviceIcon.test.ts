import { SERVICES } from '../../../src/shared/joinlink';
import { contrastRatio, luminance, SERVICE_MARKS, serviceMark, serviceTile } from '../../../src/taskpane/model/serviceIcon';
import { SERVICE_ICONS } from '../../../src/shared/joinlink/service-icons';

describe('service tile', () => {
  it("uses the table's letter and colour", () => {
    expect(serviceTile({ id: 'teams', name: 'Microsoft Teams' })).toEqual({ letter: 'T', background: '#5059c9', foreground: '#ffffff' });
  });

  it('falls back to the initial on grey for a service the table does not know', () => {
    expect(serviceTile({ id: 'nope', name: 'acme meet' })).toEqual({ letter: 'A', background: '#616161', foreground: '#ffffff' });
    expect(serviceTile({ id: 'nope', name: '' }).letter).toBe('?');
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
  });

  it('every tile in the table reads at 3:1 or better (large bold text)', () => {
    for (const service of SERVICES) {
      const tile = serviceTile({ id: service.id, name: service.name });
      expect([service.id, contrastRatio(tile.background, tile.foreground) >= 3]).toEqual([service.id, true]);
    }
  });
});

describe('service marks', () => {
  const common = ['teams', 'zoom', 'google-meet', 'webex', 'goto', 'bluejeans', 'skype', 'slack', 'whereby', 'jitsi', 'chime', 'ringcentral', 'gong'];

  it('draws the most common services, all of them in the service table', () => {
    for (const id of common) expect([id, serviceMark({ id, name: id }) !== undefined]).toEqual([id, true]);
    const known = new Set(SERVICES.map((s) => s.id));
    for (const id of Object.keys(SERVICE_MARKS)) expect([id, known.has(id)]).toEqual([id, true]);
    expect(serviceMark({ id: 'vsee', name: 'VSee' })).toBeUndefined();
  });

  it('uses only colours and paths on the 16 px grid (no images, no outside files)', () => {
    for (const [id, mark] of Object.entries(SERVICE_MARKS)) {
      const colours = [mark.ground?.color, ...mark.parts.map((p) => p.fill ?? p.stroke?.color)].filter((c) => c !== undefined);
      for (const colour of colours) expect([id, /^#[0-9a-f]{6}$/.test(colour!)]).toEqual([id, true]);
      for (const part of mark.parts) expect([id, /^[MmLlHhVvCcSsQqTtAaZz0-9.,\s-]+$/.test(part.d)]).toEqual([id, true]);
    }
  });

  it('keeps the ground in the service colour from the table', () => {
    for (const [id, mark] of Object.entries(SERVICE_MARKS)) {
      if (mark.ground) expect([id, mark.ground.color]).toEqual([id, SERVICE_ICONS[id]!.color]);
    }
  });
});

describe('the icon table beside the matching table', () => {
  it('has a letter and a #rrggbb colour for every service, and nothing for a service that does not exist', () => {
    expect(Object.keys(SERVICE_ICONS).sort()).toEqual(SERVICES.map((s) => s.id).sort());
    for (const [id, icon] of Object.entries(SERVICE_ICONS)) expect([id, icon.letter.length, /^#[0-9a-f]{6}$/i.test(icon.color)]).toEqual([id, 1, true]);
  });
});
