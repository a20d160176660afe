import { createRoot } from 'react-dom/client';
import { detectHost } from '../taskpane/host/detect';
import { browserLanguage } from '../taskpane/host/language';
import { applyDocumentLanguage } from '../taskpane/i18n/translator';
import { createAdminClient } from './api/adminClient';
import { ConsoleApp } from './ConsoleApp';
import { englishConsoleI18n, loadConsoleI18n, type ConsoleI18n } from './i18n/catalogue';

/** The language the console started in, for the start-failure text. */
let started: ConsoleI18n | undefined;

/** console.html: the same host layer as the pane (a browser page, or a Teams tab with ?host=teams). */
async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from console.html');
  const host = await detectHost(window);
  const api = createAdminClient({ getToken: (options) => host.getToken(options) });
  // The browser's language (a Teams tab: Teams' own); its messages load while the host signs in.
  const i18n = await consoleI18n(host.language ?? browserLanguage(window));
  started = i18n;
  applyDocumentLanguage(document, i18n);
  document.title = i18n.t('shell.title');
  createRoot(container).render(<ConsoleApp host={host} api={api} i18n={i18n} />);
}

function consoleI18n(tag: string | undefined): Promise<ConsoleI18n> {
  return loadConsoleI18n(tag).catch((error: unknown) => {
    // A chunk that does not load leaves the console in English.
    console.error(error);
    return englishConsoleI18n;
  });
}

main().catch(async (error: unknown) => {
  console.error(error);
  const i18n = started ?? (await consoleI18n(browserLanguage(window)));
  applyDocumentLanguage(document, i18n);
  document.body.textContent = i18n.t('shell.startFailed');
});
