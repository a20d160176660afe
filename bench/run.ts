/** `npm run bench`: every performance figure of the brief, measured side by side in one run. */
import { benchApi } from './api';
import { benchBundleSize } from './bundle-size';
import { benchRedisDown } from './redis-down';
import { printFigures, type Figure } from './lib/report';

async function main(): Promise<void> {
  const figures: Figure[] = [];
  figures.push(...benchBundleSize());
  figures.push(...(await benchApi()));
  figures.push(...(await benchRedisDown()));
  const { benchSearch } = await import('./search');
  figures.push(...(await benchSearch()));
  const { benchJoinLink } = await import('./joinlink');
  figures.push(...(await benchJoinLink()));
  printFigures(figures);
  if (figures.some((f) => f.ok === false)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
