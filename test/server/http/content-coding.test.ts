import { chooseCoding } from '../../../src/server/http/content-coding';

describe('chooseCoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip, deflate', ['br', 'gzip'], 'gzip'],
    ['br;q=0.5, gzip;q=0.8', ['br', 'gzip'], 'gzip'],
    ['br;q=0, gzip;q=0', ['br', 'gzip'], undefined],
    ['*', ['br', 'gzip'], 'br'],
    ['*;q=0, gzip', ['br', 'gzip'], 'gzip'],
    ['identity', ['br', 'gzip'], undefined],
    ['GZIP', ['gzip'], 'gzip'],
    ['br', ['gzip'], undefined],
    ['gzip;q=abc', ['gzip'], undefined],
    ['', ['br', 'gzip'], undefined],
  ] as const)('%s of %j → %s', (header, available, expected) => {
    expect(chooseCoding(header, available)).toBe(expected);
  });

  it('reads a repeated header as one list', () => {
    expect(chooseCoding(['deflate', 'gzip'], ['br', 'gzip'])).toBe('gzip');
    expect(chooseCoding(undefined, ['gzip'])).toBeUndefined();
  });
});
