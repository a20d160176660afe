/**
 * A small ICU MessageFormat subset, enough for a pane: `{name}` arguments and
 * `{count, plural, =0 {…} one {# meeting} other {# meetings}}` with `#` as the localised
 * number. Plural categories come from Intl.PluralRules, so Arabic gets its six forms and
 * Japanese its one. A kept library (FormatJS) would add about 20 KB gzip to first paint for
 * features the pane does not use (select ordinals, dates inside messages, rich text).
 */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormatFor(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The index of the brace that closes the one at `open`. */
function closing(message: string, open: number): number {
  let depth = 0;
  for (let i = open; i < message.length; i++) {
    if (message[i] === '{') depth++;
    else if (message[i] === '}' && --depth === 0) return i;
  }
  throw new SyntaxError(`Unbalanced braces in message: ${message}`);
}

function plural(body: string, value: number, locale: string): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    const close = closing(body, open);
    branches.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  const chosen = branches.get(`=${value}`) ?? branches.get(rulesFor(locale).select(value)) ?? branches.get('other') ?? '';
  return chosen.replace(/#/g, numberFormatFor(locale).format(value));
}

export function formatMessage(message: string, params: MessageParams | undefined, locale: string): string {
  if (!message.includes('{')) return message;
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open < 0) {
      out += message.slice(i);
      break;
    }
    out += message.slice(i, open);
    const close = closing(message, open);
    const inner = message.slice(open + 1, close);
    const comma = inner.indexOf(',');
    if (comma < 0) {
      const value = params?.[inner.trim()];
      out += value === undefined ? `{${inner}}` : typeof value === 'number' ? numberFormatFor(locale).format(value) : value;
    } else {
      const name = inner.slice(0, comma).trim();
      const rest = inner.slice(comma + 1);
      const secondComma = rest.indexOf(',');
      const kind = rest.slice(0, secondComma).trim();
      if (kind !== 'plural') throw new SyntaxError(`Unsupported argument type "${kind}" in message: ${message}`);
      out += plural(rest.slice(secondComma + 1), Number(params?.[name] ?? 0), locale);
    }
    i = close + 1;
  }
  return out;
}
