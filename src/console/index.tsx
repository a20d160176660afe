import { createRoot } from 'react-dom/client';
import { detectHost } from '../taskpane/host/detect';
import { createAdminClient } from './api/adminClient';
import { ConsoleApp } from './ConsoleApp';

/** console.html: the same host layer as the pane (a browser page, or a Teams tab with ?host=teams). */
async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from console.html');
  const host = await detectHost(window);
  const api = createAdminClient({ getToken: (options) => host.getToken(options) });
  document.title = 'Upnext admin console';
  createRoot(container).render(<ConsoleApp host={host} api={api} />);
}

main().catch((error: unknown) => {
  document.body.textContent = 'The Upnext admin console could not start. Reload the page to try again.';
  console.error(error);
});
