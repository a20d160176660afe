/**
 * The pane and the console lay out right to left in Arabic, so their styles say start and end,
 * never left and right (Griffel flips some physical properties, but not inline styles, not
 * `textAlign`, and not anyone reading the code). Comments are not styles and are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PHYSICAL = /\b(?:padding|margin)(?:Left|Right)\b|\bborder(?:Left|Right)(?:Width|Color)?\s*:|\b(?:left|right)\s*:|textAlign:\s*'(?:left|right)'|\b(?:text-align|float)\s*:\s*(?:left|right)\b|\b(?:padding|margin)-(?:left|right)\s*:/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

it('no component styles by left or right', () => {
  const found: string[] = [];
  for (const file of [...sources(join(ROOT, 'src/taskpane')), ...sources(join(ROOT, 'src/console')), join(ROOT, 'src/demo/idp/pages.ts'), join(ROOT, 'src/demo/google/pages.ts')]) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$|^\s*\*.*$|\/\*.*?\*\//g, '');
        if (PHYSICAL.test(code)) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});
