import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..');
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The first cells of the table under a README heading. */
function firstColumn(heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|')[1]!.trim());
}

it("the README's commands table shows every npm script, and only those", () => {
  const listed = firstColumn('Commands').map((cell) => {
    const m = /^`npm (?:run )?([\w:-]+)`$/.exec(cell);
    if (!m) throw new Error(`not an npm command: ${cell}`);
    return m[1]!;
  });
  expect([...listed].sort()).toEqual([...scripts].sort());
});

it("the README's settings table names every setting config.ts knows", () => {
  const source = readFileSync(join(REPO, 'src', 'server', 'config.ts'), 'utf8');
  const known = /const KNOWN = new Set\(\[([\s\S]*?)\]\)/.exec(source)![1]!.match(/'([A-Z_]+)'/g)!.map((q) => q.slice(1, -1));
  const documented = firstColumn('Configure it').flatMap((cell) => [...cell.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!));
  for (const name of known.filter((k) => k !== 'NODE_ENV')) expect(documented).toContain(name);
});
