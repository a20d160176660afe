/** auth-end inside an Office dialog: the answer goes to the pane with messageParent. A lazy chunk. */
import { loadOfficeJs } from '../host/office/loadOfficeJs';
import type { AuthResultMessage } from './message';

export async function deliverToOffice(win: Window, message: AuthResultMessage): Promise<boolean> {
  const office = await loadOfficeJs(win);
  if (!office) return false;
  try {
    const text = JSON.stringify(message);
    if (office.context.requirements.isSetSupported('DialogOrigin', '1.1')) office.context.ui.messageParent(text, { targetOrigin: win.location.origin });
    else office.context.ui.messageParent(text);
    return true;
  } catch {
    return false;
  }
}
