/**
 * auth-end.html: where the consent window lands (the redirect URI). It takes the answer out of
 * the address bar at once, hands it to the pane that opened it, and closes. No React and no
 * Fluent: it must load in a blink inside a small popup.
 */
import { run } from './run';

void run(window);
