import { decodeHTML, decodeHTMLAttribute } from 'entities';

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

/** Invisible characters that only break words or links apart; what a person sees has none. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Decodes character references the way a browser does in text: every named reference of HTML
 * (`&eacute;`), numeric ones, and the legacy names that work without a semicolon (`&copy`).
 */
export function decodeText(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/**
 * Decodes an attribute value the way a browser does: a legacy name without its semicolon stays
 * as written when `=` or a letter or digit follows, so `?pwd=abc&num=5&copy=2` keeps its query.
 */
export function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
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
    // Decoded first, as a browser does, so `&nbsp;` and `&#10;` collapse like the characters they name.
    const text = decodeText(raw).replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ');
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
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      // `<!DOCTYPE html>`, Word's `<![if !supportLists]>`, `<?xml …?>`: a browser reads these as
      // bogus comments, up to the next `>`, and shows none of it.
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
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
        const href = m ? decodeAttribute(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
        if (href) open = { href, start: length };
      }
    }
  }
  close();
  return { text: parts.join(''), links };
}
