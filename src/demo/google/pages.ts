/** The demo Google sign-in pages: an account chooser and a consent screen. Everything interpolated is escaped. */
import type { DemoGoogleAccount } from './accounts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function layout(title: string, inner: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title>
<style>
body{font-family:Roboto,Arial,sans-serif;background:#fff;margin:0;color:#202124}
main{box-sizing:border-box;max-width:450px;margin:6vh auto;border:1px solid #dadce0;border-radius:8px;padding:clamp(16px,8vw,40px);overflow-wrap:anywhere}
h1{font-size:1.5rem;font-weight:400;margin:0 0 8px;text-align:center}
p{color:#5f6368}
button{font:inherit;cursor:pointer}
.account{display:block;width:100%;text-align:start;background:none;border:0;border-top:1px solid #dadce0;padding:12px 8px}
.account:hover,.account:focus{background:#f1f3f4}
.account small{display:block;color:#5f6368}
label{display:block;margin:12px 0}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:24px}
.primary{background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:8px 24px}
.secondary{background:none;color:#1a73e8;border:0;padding:8px 24px}
</style></head><body><main>${inner}</main></body></html>`;
}

function hidden(params: URLSearchParams, skip: string[] = []): string {
  return [...params].filter(([k]) => !skip.includes(k)).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
}

export function chooserPage(action: string, params: URLSearchParams, accounts: readonly DemoGoogleAccount[], appName: string): string {
  const items = accounts
    .map((a) => `<li><form method="get" action="${esc(action)}">${hidden(params, ['authuser'])}<input type="hidden" name="authuser" value="${esc(a.sub)}"><button class="account" type="submit">${esc(a.name)}<small>${esc(a.email)}</small></button></form></li>`)
    .join('');
  return layout('Sign in – Google Accounts', `<h1>Choose an account</h1><p style="text-align:center">to continue to ${esc(appName)}</p><ul style="list-style:none;padding:0">${items}</ul>`);
}

export function consentPage(action: string, params: URLSearchParams, account: DemoGoogleAccount, scopes: string[], appName: string, describe: (s: string) => string | undefined): string {
  const optional = scopes.filter((s) => describe(s) !== undefined);
  const boxes = optional.map((s) => `<label><input type="checkbox" name="granted" value="${esc(s)}" checked> ${esc(describe(s)!)}</label>`).join('');
  return layout(
    `${appName} wants access to your Google Account`,
    `<h1>${esc(appName)} wants access to your Google Account</h1><p style="text-align:center">${esc(account.email)}</p>
<form method="post" action="${esc(action)}">${hidden(params)}<p>Select what ${esc(appName)} can access</p>${boxes}
<div class="actions"><button class="secondary" type="submit" name="decision" value="cancel">Cancel</button><button class="primary" type="submit" name="decision" value="allow">Continue</button></div></form>`,
  );
}

export function errorPage(message: string): string {
  return layout('Error – Google Accounts', `<h1>Access blocked</h1><p>${esc(message)}</p>`);
}
