/**
 * Join-link detection on 1 MB adversarial bodies (shapes that make naive regexes backtrack): the
 * slowest shape's CPU time, text and HTML. The test suite runs the same shapes for correctness;
 * the time is judged here, where a busy machine is accounted for (CPU time, not wall clock).
 * Run alone with `npx tsx bench/joinlink-adversarial.ts`.
 */
import { detectJoinLink } from '../src/shared/joinlink';
import { sendFiguresIfChild } from './lib/child';
import type { Figure } from './lib/report';

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
export const ADVERSARIAL_SHAPES: Array<[string, string]> = [
  ['repeated scheme', fill('https://')],
  ['one endless URL', 'https://zoom.us/j/' + fill('1')],
  ['unclosed tags', fill('<a href="')],
  ['angle brackets', fill('<http')],
  ['entities', fill('&#&amp')],
  ['closing parens', fill('https://a.example/' + ')'.repeat(5000) + ' ')],
  ['punctuation runs', fill('.'.repeat(3000) + 'x')],
  ['digit runs', fill('+1 ')],
  ['labels without values', fill('Meeting ID: Passcode: PIN ')],
  ['soft breaks', fill('https://zoom.us/j/123456789' + 'a'.repeat(60) + '\n%1')],
  ['quoted-printable', fill('=3D=\n')],
  ['hyphen words', fill('a-')],
  ['phone lines', fill('+1 1 1 1 1 1 1 1 1 1 1 1,,1,1,1,1 PIN: 1 1 1 1 1 1 1\n')],
  ['label lines', fill('Meeting ID: 1 1 1 1 1 1 1 1 1 1 1 1 1 1 Passcode: Access code: 1 1 1 1 1 1 1 1\n')],
  ['nested safelinks', fill('https://nam12.safelinks.protection.outlook.com/?url=https%253A ')],
];

export const ADVERSARIAL_TARGET_MS = 2000;

export function benchAdversarial(): Figure[] {
  let slowest = { name: '', ms: 0 };
  for (const [name, content] of ADVERSARIAL_SHAPES) {
    for (const contentType of ['text', 'html'] as const) {
      const cpu = process.cpuUsage();
      detectJoinLink({ body: { contentType, content }, locations: [content.slice(0, 65536)] });
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000;
      if (ms > slowest.ms) slowest = { name: `${name}, ${contentType}`, ms };
    }
  }
  return [
    {
      name: `join-link detection, slowest 1 MB adversarial body (${ADVERSARIAL_SHAPES.length} shapes)`,
      value: slowest.ms,
      unit: `ms CPU (${slowest.name})`,
      target: `≤ ${ADVERSARIAL_TARGET_MS} ms`,
      ok: slowest.ms <= ADVERSARIAL_TARGET_MS,
    },
  ];
}

if (require.main === module && !sendFiguresIfChild(benchAdversarial)) {
  for (const f of benchAdversarial()) console.log(`${f.name}: ${f.value.toFixed(1)} ${f.unit}`);
}
