/**
 * What an invitation says besides the link: meeting id, passcode and dial-in numbers with their
 * labels and PINs. Read line by line with bounded patterns, so cost is linear in the text.
 */
import type { DialIn } from './types';

const MAX_LINE = 300;
const MAX_DIAL_INS = 12;

const MEETING_ID =
  /(?:meeting|webinar|besprechungs|sitzungs)[ -]?(?:id|number|nummer)(?:\s*\(access code\))?|id de (?:la )?r[ée]uni[oó]n|会议号|会议 ID/i;
const MEETING_ID_VALUE = /^\s*[:：#]?\s*(\d[\d -]{3,24}\d)/;
const PASSCODE = /(?:passcode|password|pass code|kenncode|code secret|c[oó]digo de acceso|senha|pwd|密码)\s*[:：]\s*([^\s,;()]{1,32})/i;
const PIN = /(?:phone conference id|conference id|access code|participant code|pin)\)?\s*[:：]?\s*(\d[\d -]{2,24}\d\s?#?)/i;
const PHONE_PLUS = /(?:^|[^\w+])(\+\s?\(?\d[\d\s().-]{5,22}\d)/;
const PHONE_PLAIN = /(?:^|[^\d+])((?:1[\s.-])?\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4})(?!\d)/;
const DIAL_WORDS = /toll|call-in|call in|dial|phone|tel\b/i;
const INLINE_PIN = /^\s*(?:,,\s*([0-9*#,]+)|(?:pin|conference id|access code)\s*[:：]?\s*(\d[\d -]{2,24}\d\s?#?))/i;

export interface InvitationDetails {
  meetingId?: string;
  passcode?: string;
  /** A PIN the invitation gives for all its dial-in numbers (Teams "Phone conference ID"). */
  pin?: string;
  dialIn: DialIn[];
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function labelOf(line: string, number: string, pin: string | undefined): string | undefined {
  let rest = line.replace(number, ' ');
  if (pin) rest = rest.replace(pin, ' ');
  rest = rest
    .replace(/,,[0-9*#,]*/g, ' ')
    .replace(/\b(?:pin|conference id|access code)\s*[:：]?/gi, ' ')
    .replace(/\btel:\S*/gi, ' ');
  let label = clean(rest)
    .replace(/^(?:join by phone|dial[- ]in(?: numbers?)?|call[- ]in|phone|tel)\b/i, '')
    .replace(/^[\s:,;\-–—|·•]+|[\s:,;\-–—|·•]+$/g, '');
  if (/^\([^()]*\)$/.test(label)) label = label.slice(1, -1).trim();
  return label && label.length <= 60 ? label : undefined;
}

/** Reads the invitation text (the part of the body that belongs to the chosen meeting). */
export function readDetails(text: string): InvitationDetails {
  const out: InvitationDetails = { dialIn: [] };
  const seen = new Map<string, DialIn>();
  for (const rawLine of text.split('\n')) {
    if (rawLine.length > MAX_LINE) continue;
    const line = rawLine.trim();
    if (!line) continue;

    const idLabel = MEETING_ID.exec(line);
    if (idLabel && out.meetingId === undefined) {
      const value = MEETING_ID_VALUE.exec(line.slice(idLabel.index + idLabel[0].length));
      if (value?.[1]) out.meetingId = clean(value[1]);
    }
    const passcode = PASSCODE.exec(line);
    if (passcode?.[1] && out.passcode === undefined) out.passcode = passcode[1];

    const phone = PHONE_PLUS.exec(line) ?? (DIAL_WORDS.test(line) ? PHONE_PLAIN.exec(line) : null);
    if (phone?.[1]) {
      const number = clean(phone[1]);
      const after = line.slice(phone.index + phone[0].length);
      const inline = INLINE_PIN.exec(after);
      const pin = inline ? clean(inline[1] ?? inline[2] ?? '') || undefined : undefined;
      const digits = number.replace(/\D/g, '');
      const label = labelOf(line, phone[1], inline?.[0]);
      const earlier = seen.get(digits);
      if (earlier) {
        // Zoom lists each number twice ("one tap" and "by location"): keep one, the readable
        // spelling, the fuller PIN and any label.
        if (/[\s-]/.test(number) && !/[\s-]/.test(earlier.number)) earlier.number = number;
        if (pin && (earlier.pin ?? '').length < pin.length) earlier.pin = pin;
        if (label && !earlier.label) earlier.label = label;
      } else if (out.dialIn.length < MAX_DIAL_INS && digits.length >= 8) {
        const entry: DialIn = { number, ...(label && { label }), ...(pin && { pin }) };
        seen.set(digits, entry);
        out.dialIn.push(entry);
      }
      continue;
    }
    const pin = PIN.exec(line);
    if (pin?.[1] && out.pin === undefined) out.pin = clean(pin[1]);
  }
  return out;
}

/** A `tel:` URL that dials the number and, after pauses, the PIN. Built only from digits and `,*#`. */
export function dialInTelUrl(dialIn: DialIn): string {
  const number = dialIn.number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  const pin = (dialIn.pin ?? '').replace(/[^\d*#,]/g, '').replace(/^,+/, '');
  return 'tel:' + number + (pin ? ',,' + pin.replace(/#/g, '%23') : '');
}
