import { fork } from 'node:child_process';
import type { Figure } from './report';

/**
 * Runs a bench module's `--figures` mode in a fresh Node process (same tsx loader) and returns
 * the figures it sends back. CPU-bound figures measured this way do not inherit the parent's
 * heap, JIT feedback, open servers or sockets from the benches that ran before.
 */
export function figuresFromChild(modulePath: string, timeoutMs = 120_000): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = fork(modulePath, ['--figures'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], timeout: timeoutMs });
    let figures: Figure[] | undefined;
    child.on('message', (message) => {
      figures = message as Figure[];
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (figures && code === 0) resolve(figures);
      else reject(new Error(`${modulePath} exited with ${signal ?? code} before sending its figures`));
    });
  });
}

/** The child side: when started by figuresFromChild, send the figures to the parent and exit. */
export function sendFiguresIfChild(run: () => Promise<Figure[]> | Figure[]): boolean {
  if (!process.argv.includes('--figures') || !process.send) return false;
  Promise.resolve(run())
    .then((figures) => process.send!(figures, () => process.exit(0)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
  return true;
}
