/** `npm run bench`: every performance figure of the brief, measured side by side in one run. */
import { benchApi } from './api';
import { analyseFirstPaint } from './bundle-analysis';
import { benchBundleSize } from './bundle-size';
import { benchFirstLoad } from './first-load';
import { benchMerged } from './merged';
import { benchRedisDown } from './redis-down';
import { figuresFromChild } from './lib/child';
import { printFigures, type Figure } from './lib/report';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

/** How busy the machine was: wall-clock figures (first card, req/s) move with it; ratios and CPU-time figures much less. */
function machineLoad(when: string): Figure {
  return { name: `machine load average (1 min), ${when}`, value: loadavg()[0]!, unit: `on ${availableParallelism()} cores` };
}

async function main(): Promise<void> {
  const figures: Figure[] = [machineLoad('at start')];
  // CPU-bound detection first, each in a fresh process: the same conditions every run, whatever
  // the server benches leave behind (heap, JIT feedback, sockets).
  figures.push(...(await figuresFromChild(join(__dirname, 'joinlink.ts'))));
  figures.push(...(await figuresFromChild(join(__dirname, 'joinlink-adversarial.ts'))));
  figures.push(...benchBundleSize());
  figures.push(...(await benchFirstLoad()));
  figures.push(...(await benchApi()));
  figures.push(...(await benchMerged()));
  figures.push(...(await benchRedisDown()));
  const { benchSearch } = await import('./search');
  figures.push(...(await benchSearch()));
  figures.push(machineLoad('at end'));
  if (process.env.BENCH_SKIP_ANALYSIS !== '1') {
    const { groups, totalBytes } = await analyseFirstPaint();
    console.log('\nfirst-paint JavaScript by package (minified, unconcatenated build):');
    for (const g of groups) {
      console.log(`  ${g.name.padEnd(40)} ${(g.bytes / 1024).toFixed(1).padStart(7)} KB  ${((g.bytes / totalBytes) * 100).toFixed(1).padStart(5)}%   brotli ${(g.brotli / 1024).toFixed(1)} KB`);
    }
    console.log('');
  }
  printFigures(figures);
  if (figures.some((f) => f.ok === false)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
