/** auth-end inside Teams' auth window: the answer goes back with notifySuccess / notifyFailure. A lazy chunk. */
import { app, authentication } from '@microsoft/teams-js';
import { withTimeout } from '../host/withTimeout';
import type { AuthResultMessage } from './message';

export async function deliverToTeams(message: AuthResultMessage): Promise<boolean> {
  try {
    await withTimeout(app.initialize(), 3_000, 'Teams');
  } catch {
    return false;
  }
  const text = JSON.stringify(message);
  // Teams closes the window itself.
  if (message.error) authentication.notifyFailure(text);
  else authentication.notifySuccess(text);
  return true;
}
