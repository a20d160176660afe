/** The pane's frame and the strings every part shares. */
export const core = {
  'app.name': 'Upnext',
  'app.startFailed': 'Upnext could not start. Reload the page to try again.',
} as const;
