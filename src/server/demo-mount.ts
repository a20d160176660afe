import type { Router } from 'express';
import { createDemo, type Demo } from '../demo';
import { DEMO_AUTHORITY_PATH, DEMO_GOOGLE_PATH, DEMO_GRAPH_PATH, type Config } from './config';

/**
 * The one place in src/server that imports src/demo: in demo mode the server also serves the
 * Entra-shaped identity provider, the Graph-shaped calendar and the Google stand-ins, and talks to them over HTTP.
 */
export function mountDemo(config: Config, clientSecret: string, googleClientSecret?: string): { demo: Demo; mounts: Array<{ path: string; router: Router }> } {
  const demo = createDemo({
    authorityHost: config.publicUrl + DEMO_AUTHORITY_PATH,
    graphBaseUrl: config.publicUrl + DEMO_GRAPH_PATH,
    clientId: config.clientId,
    clientSecret,
    allowedRedirectOrigins: [new URL(config.publicUrl).origin],
    // Exactly the pages docs/SETUP.md registers: sign-in returns to the pane or the console, consent to auth-end.
    allowedRedirectUris: ['/taskpane.html', '/console.html', '/auth-end.html'].map((path) => new URL(path, config.publicUrl).href),
    dataDir: config.dataDir,
    // The Google stand-in serves only the demo Google client; a real GOOGLE_CLIENT_ID talks to Google.
    ...(config.google && googleClientSecret && !config.google.clientSecret && { google: { clientId: config.google.clientId, clientSecret: googleClientSecret } }),
  });
  return {
    demo,
    mounts: [
      { path: DEMO_AUTHORITY_PATH, router: demo.idp },
      { path: DEMO_GRAPH_PATH, router: demo.graph },
      ...(demo.google ? [{ path: DEMO_GOOGLE_PATH, router: demo.google.router }] : []),
    ],
  };
}
