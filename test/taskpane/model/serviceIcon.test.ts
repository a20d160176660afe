import { SERVICES } from '../../../src/shared/joinlink';
import { contrastRatio, luminance, serviceTile } from '../../../src/taskpane/model/serviceIcon';

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
