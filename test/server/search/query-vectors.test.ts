/**
 * Runs every query in test/vectors/search/*.json through parseQuery: fixed reference instants and
 * zones, four languages, DST edges. They also run in child processes
 * set to two machine zones far apart, so nothing depends on the zone of the machine.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '../../../src/server/search/query/parse-query';
import type { ParsedQuery } from '../../../src/server/search/query/types';

interface Vector {
  q: string;
  locale: string;
  tz: string;
  now: string;
  note?: string;
  knownPeople?: string[];
  expect: ParsedQuery;
}

const dir = join(__dirname, '../../vectors/search');
const vectors = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector[]).map((v) => ({ ...v, file })));

describe('query vectors', () => {
  it('has at least 60 vectors in all four languages, DST edges included', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vectors.map((v) => v.locale.slice(0, 2)))).toEqual(new Set(['en', 'de', 'fr', 'ja']));
    expect(vectors.filter((v) => v.file === 'dst.json').length).toBeGreaterThanOrEqual(8);
  });

  it.each(vectors.map((v) => [`${v.file} ${v.q} (${v.locale}, ${v.tz}, ${v.now})`, v] as const))('%s', (_name, v) => {
    const got = parseQuery(v.q, { now: Date.parse(v.now), timeZone: v.tz, locale: v.locale, knownPeople: v.knownPeople ?? [] });
    expect(got).toEqual(v.expect);
  });

  // chrono follows the machine's zone where it is not told otherwise: the same answers must come
  // out on machines set to zones far from every vector's.
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('gives the same answers on a machine in %s', (machineZone) => {
    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'parse-in-zone.ts')], {
      input: JSON.stringify(vectors),
      env: { ...process.env, TZ: machineZone },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const { offset, results } = JSON.parse(out) as { offset: number; results: ParsedQuery[] };
    expect(offset).not.toBe(0);
    expect(results).toEqual(vectors.map((v) => v.expect));
  });
});
