/**
 * A small, linear HTML reader: enough to turn an invitation body into its visible text and the
 * targets of its links. Not a validator; malformed markup degrades to text, never to an error.
 */

export interface HtmlLink {
  /** The decoded `href` target. */
  href: string;
  /** Where the link's visible text starts and ends in `text`. */
  start: number;
  end: number;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', copy: '©', reg: '®', trade: '™', zwj: '', zwnj: '', shy: '', colon: ':', sol: '/',
  quest: '?', equals: '=', num: '#', percnt: '%', lpar: '(', rpar: ')', period: '.', comma: ',',
};

/** Decodes character references (`&amp;`, `&#58;`, `&#x2F;`). Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref.toLowerCase()];
    return named ?? whole;
  });
}

const BLOCK = new Set([
  'br', 'p', 'div', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'dt', 'dd', 'center',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'xml', 'template']);
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** Returns the index of the `>` closing the tag that starts at `lt`, skipping quoted values. */
function tagEnd(html: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only open inside attribute values (after `=`); a stray one in text must not eat the page.
      if (html[i - 1] === '=' || html[i - 2] === '=') quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

/** Visible text (block elements become line breaks, whitespace runs one space) and link targets. */
export function readHtml(html: string): { text: string; links: HtmlLink[] } {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let length = 0;
  const links: HtmlLink[] = [];
  let open: { href: string; start: number } | undefined;

  const emit = (raw: string): void => {
    if (!raw) return;
    const text = decodeEntities(raw.replace(/[\s\u00a0]+/g, ' '));
    parts.push(text);
    length += text.length;
  };
  const newline = (): void => {
    parts.push('\n');
    length += 1;
  };
  const close = (): void => {
    if (open) links.push({ href: open.href, start: open.start, end: length });
    open = undefined;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit(html.slice(i));
      break;
    }
    emit(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = tagEnd(html, lt);
    if (gt < 0) {
      emit(html.slice(lt));
      break;
    }
    const tag = html.slice(lt + 1, gt);
    const name = /^\/?([A-Za-z][A-Za-z0-9:-]*)/.exec(tag)?.[1]?.toLowerCase();
    i = gt + 1;
    if (!name) {
      emit(html.slice(lt, gt + 1));
      continue;
    }
    const closing = tag.startsWith('/');
    if (!closing && SKIP_CONTENT.has(name)) {
      const end = lower.indexOf('</' + name, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (BLOCK.has(name)) newline();
    else if (name === 'td' || name === 'th') {
      parts.push(' ');
      length += 1;
    }
    if (name === 'a') {
      close();
      if (!closing) {
        const m = HREF.exec(tag);
        const href = m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
        if (href) open = { href, start: length };
      }
    }
  }
  close();
  return { text: parts.join(''), links };
}
