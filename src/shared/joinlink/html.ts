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
 * Runs of white space (`\s` includes U+00A0) that must become one space: two or more, or a single
 * one that is not already a space. Lone spaces, the common case, are left alone (no copy).
 */
const SPACES = /\s{2,}|[^\S ]/g;
const NEEDS_CLEANING = /\s{2}|[^\S ]|[\u00ad\u200b-\u200d\u2060\ufeff]/;

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

const GT = 0x3e;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;

/** Returns the index of the `>` closing the tag that starts at `lt`, skipping quoted values. */
function tagEnd(html: string, lt: number, quotes: NextQuotes): number {
  const gt = html.indexOf('>', lt + 1);
  // No quote before that `>`: it closes the tag (the usual `<p>`, `</a>`, `<br/>`).
  if (gt < 0 || quotes.next(html, lt) > gt) return gt;
  let quote = 0;
  for (let i = lt + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) {
      // Quotes only open inside attribute values (after `=`); a stray one in text must not eat the page.
      if (html.charCodeAt(i - 1) === EQ || html.charCodeAt(i - 2) === EQ) quote = c;
    } else if (c === GT) {
      return i;
    }
  }
  return -1;
}

/** Where the next quote of either kind is, remembered so the whole read stays linear. */
class NextQuotes {
  private dq = -2;
  private sq = -2;

  next(html: string, from: number): number {
    if (this.dq !== -1 && this.dq < from) this.dq = html.indexOf('"', from);
    if (this.sq !== -1 && this.sq < from) this.sq = html.indexOf("'", from);
    const dq = this.dq < 0 ? Infinity : this.dq;
    const sq = this.sq < 0 ? Infinity : this.sq;
    return Math.min(dq, sq);
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The lower-cased element name of the tag whose text starts at `from` (after `<` or `</`), or ''. */
function tagName(html: string, from: number, end: number): string {
  if (from >= end || !isLetter(html.charCodeAt(from))) return '';
  let i = from + 1;
  for (; i < end; i++) {
    const c = html.charCodeAt(i);
    if (!(isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2d)) break;
  }
  return html.slice(from, i).toLowerCase();
}

/** Where `</name` next starts at or after `from`, ignoring case; -1 when it never does. */
function closingTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

/** Visible text (block elements become line breaks, whitespace runs one space) and link targets. */
export function readHtml(html: string): { text: string; links: HtmlLink[] } {
  const parts: string[] = [];
  let length = 0;
  const links: HtmlLink[] = [];
  let open: { href: string; start: number } | undefined;
  const quotes = new NextQuotes();

  const emit = (raw: string): void => {
    if (!raw) return;
    // Decoded first, as a browser does, so `&nbsp;` and `&#10;` collapse like the characters they name.
    const decoded = decodeText(raw);
    // One scan finds the usual chunk (words and single spaces) needs nothing more.
    const text = NEEDS_CLEANING.test(decoded) ? decoded.replace(INVISIBLE, '').replace(SPACES, ' ') : decoded;
    parts.push(text);
    length += text.length;
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
    if (lt > i) emit(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f) {
      // `<!--…-->`; then `<!DOCTYPE html>`, Word's `<![if !supportLists]>`, `<?xml …?>`: a browser
      // reads these as bogus comments, up to the next `>`, and shows none of it.
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + (comment ? 3 : 1);
      continue;
    }
    const gt = tagEnd(html, lt, quotes);
    if (gt < 0) {
      emit(html.slice(lt));
      break;
    }
    const closing = next === 0x2f;
    const name = tagName(html, closing ? lt + 2 : lt + 1, gt);
    i = gt + 1;
    if (!name) {
      emit(html.slice(lt, gt + 1));
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name)) {
      const end = closingTag(html, name, i);
      i = end < 0 ? html.length : end;
      continue;
    }
    if (BLOCK.has(name)) {
      parts.push('\n');
      length += 1;
    } else if (name === 'td' || name === 'th') {
      parts.push(' ');
      length += 1;
    }
    if (name === 'a') {
      close();
      if (!closing) {
        const m = HREF.exec(html.slice(lt + 2, gt));
        const href = m ? decodeAttribute(m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
        if (href) open = { href, start: length };
      }
    }
  }
  close();
  return { text: parts.join(''), links };
}
