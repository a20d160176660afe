import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ICONS, drawIcon } from './icons/draw';
import { encodePng } from './icons/png';

/**
 * Writes the Outlook and Teams icons into assets/ (`npm run make:icons`). Node built-ins only, so
 * the committed PNGs can be regenerated anywhere; the manifest tests check them against this drawing.
 */
function main(): void {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'assets'));
  mkdirSync(outDir, { recursive: true });
  for (const icon of ICONS) {
    const file = join(outDir, icon.file);
    writeFileSync(file, encodePng(drawIcon(icon.style)));
    process.stdout.write(`wrote ${file}\n`);
  }
}

main();
