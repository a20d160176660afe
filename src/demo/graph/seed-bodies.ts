/**
 * Invitation bodies as real clients write them (Outlook HTML wrapper, the Teams footer, the Zoom,
 * Webex and Google Meet add-in texts), with deterministic meeting ids and passcodes.
 */
import { createHash } from 'node:crypto';

export interface Invitation {
  html: string;
  /** Structured join URL (Teams online meetings only). */
  joinUrl?: string;
  /** What the add-in writes into the location field. */
  location?: string;
}

/** Deterministic digits / letters from a seed string. */
export function digits(seed: string, n: number): string {
  const h = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; out.length < n; i++) out += String((h[i % h.length] ?? 0) % 10);
  return out;
}

export function token(seed: string, n: number): string {
  return createHash('sha256').update(seed).digest('base64url').replace(/[-_]/g, 'x').slice(0, n);
}

const group = (s: string, sizes: number[]): string => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) out.push(s.slice(i, (i += n)));
  return out.join(' ');
};

export function outlookHtml(inner: string): string {
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<meta name="Generator" content="Microsoft Exchange Server">\r\n<style>\r\n<!--\r\n.EmailQuote{margin-left:1pt;padding-left:4pt;border-left:#800000 2px solid}\r\n-->\r\n</style>\r\n</head>\r\n<body>\r\n${inner}\r\n</body>\r\n</html>\r\n`;
}

const para = (text: string): string => `<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">${text}</div>`;

export function teamsInvitation(seed: string, tid: string, organizerOid: string, agenda: string): Invitation {
  const thread = `19%3ameeting_${token(seed, 48)}%40thread.v2`;
  const context = encodeURIComponent(JSON.stringify({ Tid: tid, Oid: organizerOid })).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/${thread}/0?context=${context}`;
  const meetingId = group(digits(`${seed}:id`, 15), [3, 3, 3, 3, 3]);
  const passcode = token(`${seed}:pw`, 6);
  const conf = digits(`${seed}:conf`, 9);
  const html = outlookHtml(`${para(agenda)}
<br>
<div style="width:100%">
<div class="me-email-text" lang="en-US" style="color:#242424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div aria-hidden="true" style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
<div style="margin-bottom:12px"><span class="me-email-text" style="font-size:24px;font-weight:700;margin-right:12px">Microsoft Teams</span><a id="meet_invite_block.action.help" class="me-email-link" href="https://aka.ms/JoinTeamsMeeting?omkt=en-US" style="font-size:14px;text-decoration:underline;color:#5B5FC7">Need help?</a></div>
<div style="margin-bottom:6px"><a id="meet_invite_block.action.join_link" class="me-email-headline" href="${joinUrl}" target="_blank" rel="noreferrer noopener" style="font-size:20px;font-weight:600;text-decoration:underline;color:#5B5FC7">Join the meeting now</a></div>
<div style="margin-bottom:6px"><span class="me-email-text-secondary" style="font-size:14px;color:#616161">Meeting ID: </span><span class="me-email-text" style="font-size:14px;color:#242424">${meetingId}</span></div>
<div style="margin-bottom:24px"><span class="me-email-text-secondary" style="font-size:14px;color:#616161">Passcode: </span><span class="me-email-text" style="font-size:14px;color:#242424">${passcode}</span></div>
<div style="margin-bottom:24px;max-width:532px"><hr style="border:0;background:#D1D1D1;height:1px"></div>
<div><span class="me-email-text-secondary" style="font-size:14px;color:#616161">Dial in by phone</span></div>
<div style="margin-bottom:6px"><a class="me-email-link" href="tel:+14255550123,,${conf}#" style="font-size:14px;text-decoration:underline;color:#5B5FC7">+1 425-555-0123,,${conf}#</a><span style="font-size:14px;color:#616161"> United States, Redmond</span></div>
<div style="margin-bottom:24px"><span class="me-email-text-secondary" style="font-size:14px;color:#616161">Phone conference ID: </span><span style="font-size:14px;color:#242424">${group(conf, [3, 3, 3])}#</span></div>
<div style="margin-bottom:24px"><span style="font-size:14px;color:#616161">For organizers: </span><a class="me-email-link" href="https://teams.microsoft.com/meetingOptions/?organizerId=${organizerOid}&amp;tenantId=${tid}&amp;threadId=${thread}&amp;messageId=0&amp;language=en-US" style="font-size:14px;text-decoration:underline;color:#5B5FC7">Meeting options</a></div>
</div>
<div aria-hidden="true" style="margin-bottom:24px;overflow:hidden;white-space:nowrap">________________________________________________________________________________</div>
</div>`);
  return { html, joinUrl, location: 'Microsoft Teams Meeting' };
}

export function zoomUrl(seed: string, host = 'us02web.zoom.us'): { url: string; id: string; passcode: string } {
  const id = digits(`${seed}:zoom`, 11);
  return { url: `https://${host}/j/${id}?pwd=${token(`${seed}:zpwd`, 32)}`, id, passcode: digits(`${seed}:zpass`, 6) };
}

export function zoomInvitation(seed: string, host: string, organizerName: string, agenda: string): Invitation {
  const z = zoomUrl(seed, host);
  const id = group(z.id, [3, 4, 4]);
  const html = outlookHtml(`${para(agenda)}<br>
<div>${organizerName} is inviting you to a scheduled Zoom meeting.</div><br>
<div>Join Zoom Meeting<br><a href="${z.url}">${z.url}</a></div><br>
<div>Meeting ID: ${id}<br>Passcode: ${z.passcode}</div><br>
<div>---<br><br>One tap mobile<br>+16694449171,,${z.id}#,,,,*${z.passcode}# US<br>+16469313860,,${z.id}#,,,,*${z.passcode}# US<br><br>
---<br><br>Dial by your location<br>• +1 669 444 9171 US<br>• +1 646 931 3860 US<br><br>Meeting ID: ${id}<br>Passcode: ${z.passcode}<br><br>
Find your local number: <a href="https://${host}/u/kbR3xY9Zq">https://${host}/u/kbR3xY9Zq</a></div>`);
  return { html, location: z.url };
}

export function safeLinksZoomInvitation(seed: string, agenda: string): Invitation {
  const z = zoomUrl(seed, 'fabrikam.zoom.us');
  const wrapped = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(z.url)}&data=05%7C02%7C%7C${token(`${seed}:sl`, 32)}%7C72f988bf86f141af91ab2d7cd011db47%7C1%7C0%7C638712345678901234%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata=${token(`${seed}:sd`, 43)}%3D&reserved=0`;
  const html = outlookHtml(`${para(agenda)}<br>
<div>Please join using the link below (our mail gateway rewrites links):</div>
<div><a href="${wrapped}" originalsrc="${z.url}" shash="${token(`${seed}:sh`, 40)}">Join Zoom Meeting</a></div>
<div>Meeting ID: ${group(z.id, [3, 4, 4])}<br>Passcode: ${z.passcode}</div>`);
  return { html };
}

export function webexInvitation(seed: string, agenda: string): Invitation {
  const mtid = `m${token(`${seed}:mtid`, 32).toLowerCase()}`;
  const url = `https://acme.webex.com/acme/j.php?MTID=${mtid}`;
  const number = digits(`${seed}:wx`, 10);
  const html = outlookHtml(`${para(agenda)}<br>
<table style="font-family:Arial,sans-serif"><tr><td><b>When it's time, join the Webex meeting here.</b></td></tr>
<tr><td><a href="${url}" style="color:#ffffff;background-color:#00823b;padding:8px 16px;text-decoration:none">Join meeting</a></td></tr>
<tr><td>More ways to join:<br>Join from the meeting link<br><a href="${url}">${url}</a><br><br>
Join by meeting number<br>Meeting number (access code): ${group(number, [4, 3, 3])}<br>Meeting password: ${token(`${seed}:wpw`, 10)}<br><br>
Tap to join from a mobile device (attendees only)<br><a href="tel:%2B1-415-655-0001,,${number}%23%23">+1-415-655-0001,,${number}##</a> US Toll</td></tr></table>`);
  return { html, location: url };
}

export function gongInvitation(seed: string, agenda: string): Invitation {
  const url = `https://join.gong.io/acme/dana.rivera?tkn=${token(`${seed}:gong`, 20)}`;
  const html = outlookHtml(`${para(agenda)}<br><div>This call will be recorded by Gong for coaching purposes.</div>
<div>Join Gong meeting: <a href="${url}">${url}</a></div>`);
  return { html, location: url };
}

export function meetInvitation(seed: string, agenda: string): Invitation {
  const code = token(`${seed}:meet`, 10).toLowerCase().replace(/[^a-z]/g, 'q');
  const url = `https://meet.google.com/${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7, 10)}`;
  const pin = digits(`${seed}:pin`, 9);
  const html = outlookHtml(`${para(agenda)}<br>
<div>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-</div>
<div>Join with Google Meet: <a href="${url}">${url.replace('https://', '')}</a></div>
<div>Or dial: (US) +1 650-555-0142 PIN: ${group(pin, [3, 3, 3])}#<br>More phone numbers: <a href="https://tel.meet/${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7, 10)}?pin=${pin}">https://tel.meet/${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7, 10)}?pin=${pin}</a></div>
<div>Learn more about Meet at: <a href="https://support.google.com/a/users/answer/9282720">https://support.google.com/a/users/answer/9282720</a></div>
<div>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-</div>`);
  return { html, location: url };
}

export function plainInvitation(agenda: string): Invitation {
  return { html: outlookHtml(para(agenda)) };
}

/** Graph's bodyPreview: the text of the body, whitespace collapsed, at most 255 characters. */
export function bodyPreview(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function htmlToText(html: string): string {
  return html
    .replace(/<(style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(div|p|tr|li)>/gi, '\r\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, ' ')
    .replace(/(\r\n){3,}/g, '\r\n\r\n')
    .trim();
}
