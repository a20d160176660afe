import type { Device } from './api-client';
import type { RunningApp } from './start-app';

/**
 * Walks the demo Google consent window the way a person would: POST connect (409 with the
 * authorize URL), pick the account on the chooser, press Continue (optionally unticking the
 * calendar scope), and read `{code, state}` from the redirect to auth-end.html.
 */
export async function googleConsent(_app: RunningApp, device: Device, sub: string, options: { untickCalendar?: boolean } = {}): Promise<{ code: string; state: string; authorizeUrl: URL }> {
  const res = await device.send('POST', '/api/connections/google-calendar');
  if (res.status !== 409) throw new Error(`connect answered ${res.status}`);
  const authorizeUrl = new URL(((await res.json()) as { error: { url: string } }).error.url);
  const chosen = new URL(authorizeUrl);
  chosen.searchParams.set('authuser', sub);
  const page = await fetch(chosen);
  if (page.status !== 200) throw new Error(`authorize answered ${page.status}`);
  const form = new URLSearchParams(chosen.searchParams);
  form.set('decision', 'allow');
  const html = await page.text();
  if (!options.untickCalendar) for (const m of html.matchAll(/name="granted" value="([^"]+)"/g)) form.append('granted', m[1]!.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));
  const approve = await fetch(`${authorizeUrl.origin}${authorizeUrl.pathname}/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  const back = new URL(approve.headers.get('location') ?? 'about:blank');
  if (back.pathname !== '/auth-end.html') throw new Error(`consent returned to ${back.href}`);
  return { code: back.searchParams.get('code') ?? '', state: back.searchParams.get('state') ?? '', authorizeUrl };
}
