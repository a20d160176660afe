/** The few plain HTML pages of the demo authority. Everything interpolated goes through `esc`. */
import type { DemoUser } from '../users';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, inner: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;margin:0;color:#1b1b1b}
main{box-sizing:border-box;max-width:440px;margin:8vh auto;background:#fff;padding:clamp(16px,8vw,44px);box-shadow:0 2px 6px rgba(0,0,0,.2);overflow-wrap:anywhere}
h1{font-size:1.5rem;font-weight:600;margin:0 0 16px}
ul{list-style:none;padding:0;margin:0}
button{font:inherit;cursor:pointer}
.account{display:block;width:100%;text-align:start;background:none;border:0;border-top:1px solid #e1e1e1;padding:12px 8px}
.account:hover,.account:focus{background:#eaf3fb}
.account small{display:block;color:#616161}
.hint{font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end;margin-top:24px}
.primary{background:#0067b8;color:#fff;border:0;padding:6px 20px}
.secondary{background:#ccc;border:0;padding:6px 20px}
.error{color:#a80000}
</style></head><body><main>${inner}</main></body></html>`;
}

export function signInPage(opts: { action: string; users: ReadonlyArray<DemoUser>; hint?: string; tenantName: string; appName: string }): string {
  const items = opts.users
    .map((u) => {
      const hinted = opts.hint !== undefined && opts.hint.toLowerCase() === u.username.toLowerCase();
      return `<li><button class="account${hinted ? ' hint' : ''}" type="submit" name="oid" value="${esc(u.oid)}"${hinted ? ' autofocus aria-current="true"' : ''}>${esc(u.name)}<small>${esc(u.username)}</small></button></li>`;
    })
    .join('\n');
  return layout(`Sign in to your account`, `<h1>Pick an account</h1>
<p>to continue to ${esc(opts.appName)} — ${esc(opts.tenantName)} (demo sign-in, no password)</p>
<form method="post" action="${esc(opts.action)}"><input type="hidden" name="step" value="signin"><ul>${items}</ul></form>`);
}

const PERMISSION_TEXT: Record<string, string> = {
  'User.Read': 'Sign you in and read your profile',
  'Calendars.Read': 'Read your calendars',
  'Calendars.ReadBasic': 'Read basic details of your calendars',
  'Calendars.ReadWrite': 'Have full access to your calendars',
  'MailboxSettings.Read': 'Read your mailbox settings',
  offline_access: 'Maintain access to data you have given it access to',
};

export function consentPage(opts: { action: string; user: DemoUser; appName: string; permissions: string[] }): string {
  const perms = opts.permissions.map((p) => `<li>${esc(PERMISSION_TEXT[p] ?? p)}</li>`).join('');
  return layout('Permissions requested', `<h1>Permissions requested</h1>
<p>${esc(opts.user.username)}</p><p><strong>${esc(opts.appName)}</strong> would like to:</p><ul>${perms}</ul>
<form method="post" action="${esc(opts.action)}"><input type="hidden" name="oid" value="${esc(opts.user.oid)}">
<div class="actions"><button class="secondary" type="submit" name="step" value="consent_cancel">Cancel</button>
<button class="primary" type="submit" name="step" value="consent_accept" autofocus>Accept</button></div></form>`);
}

export function adminApprovalPage(opts: { action: string; user: DemoUser; appName: string }): string {
  return layout('Need admin approval', `<h1>Need admin approval</h1>
<p>${esc(opts.appName)} needs permission to access resources in your organization that only an admin can grant.
Please ask an admin to grant permission to this app before you can use it.</p>
<form method="post" action="${esc(opts.action)}"><input type="hidden" name="oid" value="${esc(opts.user.oid)}">
<div class="actions"><button class="secondary" type="submit" name="step" value="admin_required_back">Return to the application without granting consent</button></div></form>`);
}

export function adminConsentPage(opts: { action: string; users: ReadonlyArray<DemoUser>; appName: string; permissions: string[] }): string {
  const users = opts.users
    .map((u) => `<li><label><input type="radio" name="oid" value="${esc(u.oid)}"${u.isTenantAdmin ? ' checked' : ''}> ${esc(u.name)} <small>${esc(u.username)}${u.isTenantAdmin ? ' — administrator' : ''}</small></label></li>`)
    .join('');
  const perms = opts.permissions.map((p) => `<li>${esc(PERMISSION_TEXT[p] ?? p)}</li>`).join('');
  return layout('Permissions requested — accept for your organization', `<h1>Permissions requested</h1>
<p><strong>${esc(opts.appName)}</strong> would like to, for everyone in your organization:</p><ul>${perms}</ul>
<form method="post" action="${esc(opts.action)}"><p>Sign in as:</p><ul>${users}</ul>
<div class="actions"><button class="secondary" type="submit" name="step" value="cancel">Cancel</button>
<button class="primary" type="submit" name="step" value="accept">Accept</button></div></form>`);
}

export function errorPage(description: string): string {
  return layout('Sign in', `<h1>Sorry, but we’re having trouble signing you in.</h1><p class="error">${esc(description)}</p>`);
}

/** response_mode=form_post: the browser posts the answer to the redirect URI. */
export function formPostPage(redirectUri: string, params: Record<string, string>): string {
  const inputs = Object.entries(params).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Working...</title></head>
<body onload="document.forms[0].submit()"><form method="post" action="${esc(redirectUri)}">${inputs}
<noscript><button type="submit">Continue</button></noscript></form></body></html>`;
}
