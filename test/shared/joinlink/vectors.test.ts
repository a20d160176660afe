/**
 * Runs every invitation in test/vectors/joinlink/*.json through detectJoinLink and prints how
 * many passed per service. Expected fields present in a vector must match exactly; `null` means
 * no Join at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectJoinLink, SERVICES, type DialIn, type JoinLinkInput } from '../../../src/shared/joinlink';

interface Vector {
  name: string;
  subject: string;
  service: string;
  input: JoinLinkInput;
  expected: null | {
    service: string;
    url: string;
    appUrl?: string;
    meetingId?: string;
    passcode?: string;
    dialIn?: DialIn[];
  };
}

const dir = join(__dirname, '../../vectors/joinlink');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const vectors: Array<Vector & { file: string }> = files.flatMap((file) =>
  (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector[]).map((v) => ({ ...v, file })),
);

const tally = new Map<string, { passed: number; total: number }>();
function record(service: string, ok: boolean): void {
  const t = tally.get(service) ?? { passed: 0, total: 0 };
  t.total++;
  if (ok) t.passed++;
  tally.set(service, t);
}

afterAll(() => {
  const lines = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, t]) => `${service.padEnd(24)} ${t.passed}/${t.total}`);
  const passed = [...tally.values()].reduce((n, t) => n + t.passed, 0);
  console.log(`join-link vectors: ${passed}/${vectors.length} passed\n${lines.join('\n')}`);
});

describe('join-link corpus', () => {
  it('is large and covers every service, with enough negatives', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    expect(vectors.filter((v) => v.expected === null).length).toBeGreaterThanOrEqual(30);
    const covered = new Set(vectors.map((v) => v.expected?.service));
    expect(SERVICES.filter((s) => !covered.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(SERVICES.length).toBeGreaterThanOrEqual(75);
  });

  it.each(vectors.map((v) => [`${v.file}: ${v.name}`, v] as const))('%s', (_, vector) => {
    let ok = false;
    try {
      const result = detectJoinLink(vector.input);
      expect(vector.service).toBe(vector.expected?.service ?? 'none');
      if (vector.expected === null) {
        expect(result).toBeUndefined();
      } else {
        expect(result).toBeDefined();
        const { service, ...fields } = vector.expected;
        expect(result?.service.id).toBe(service);
        expect(result?.service.name).toBe(SERVICES.find((s) => s.id === service)?.name);
        for (const [key, value] of Object.entries(fields)) {
          expect([key, result?.[key as keyof typeof result]]).toEqual([key, value]);
        }
        // Nothing beyond what the vector expects: a passcode or dial-in from the wrong meeting fails.
        expect(Object.keys(result ?? {}).filter((k) => k !== 'service' && !(k in fields))).toEqual([]);
      }
      ok = true;
    } finally {
      record(vector.service, ok);
    }
  });
});
