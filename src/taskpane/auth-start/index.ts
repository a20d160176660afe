/** auth-start.html: a tiny page, no React (see run.ts). */
import { fetchClientConfig } from '../api/clientConfig';
import { run } from './run';

void run(window, () => fetchClientConfig((input, init) => window.fetch(input, init)));
