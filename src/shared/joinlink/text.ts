/**
 * Finding link candidates in plain text, in one pass and linear time. Handles the ways mail
 * clients mangle long links: quoted-printable soft breaks, `<...>` wrapping across lines, and hard
 * wrapping at ~76 columns.
 */

export interface TextUrl {
  /** Alternatives, best first: a link re-joined across a line break, then the link as it stands. */
  raws: string[];
  /** Offset in the (normalised) text. */
  start: number;
  end: number;
}

const MAX_URL = 4096;
const URL_START = /(?:https?:\/\/|https?%3a%2f%2f)[^\s<>"'`]+/gi;
const TRAILING = new Set([...'.,;:!?*\'"’”»]']);
const CONTINUATION = /[A-Za-z0-9%&=?/#._~+\-:@!$'()*,;]+/y;

/** Undoes quoted-printable encoding when the text plainly carries it (`=\n` breaks and `=3D`). */
export function undoQuotedPrintable(text: string): string {
  if ((!text.includes('=\n') && !text.includes('=\r\n')) || !/=3D/i.test(text)) return text;
  return text.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run.replace(/=/g, '%'));
    } catch {
      return run;
    }
  });
}

/** Normalises line breaks and undoes transfer encodings; offsets refer to this form. */
export function normaliseText(text: string): string {
  const decoded = undoQuotedPrintable(text);
  return decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Strips sentence punctuation after a link; a loop, because `/[.,]+$/` is quadratic on long runs. */
function stripTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

function trimTail(url: string): string {
  let out = stripTrailing(url);
  // Keep a closing parenthesis only when the link opened one ("(see https://x/a_(b))").
  const opened = count(out, '(');
  let closed = count(out, ')');
  while (out.endsWith(')') && opened < closed) {
    out = out.slice(0, -1);
    closed--;
    const trimmed = stripTrailing(out);
    closed -= count(out.slice(trimmed.length), ')');
    out = trimmed;
  }
  return out;
}

function decodeIfEncoded(raw: string): string {
  if (!/^https?%3a/i.test(raw)) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Every http(s) link in `text` (already normalised), in order. */
export function findUrls(text: string, skip: Array<{ start: number; end: number }> = []): TextUrl[] {
  const found: TextUrl[] = [];
  let skipIndex = 0;

  // `<https://…>` as plain-text mail renders links: the brackets bound it, so breaks inside are soft.
  const bracketed: Array<{ start: number; end: number; raw: string }> = [];
  let from = 0;
  let gt = -1;
  for (;;) {
    const lt = text.indexOf('<http', from);
    if (lt < 0) break;
    // Each search starts past the last one, so the whole loop reads the text a bounded number of times.
    if (gt < lt) gt = text.indexOf('>', lt);
    if (gt < 0) break;
    const nextLt = text.indexOf('<', lt + 1);
    if (gt - lt > MAX_URL || (nextLt >= 0 && nextLt < gt)) {
      from = lt + 1;
      continue;
    }
    bracketed.push({ start: lt + 1, end: gt, raw: text.slice(lt + 1, gt).replace(/\s+/g, '') });
    from = gt + 1;
  }

  let b = 0;
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    while (skipIndex < skip.length && (skip[skipIndex]?.end ?? 0) <= start) skipIndex++;
    const inSkip = skipIndex < skip.length && (skip[skipIndex]?.start ?? Infinity) <= start;
    while (b < bracketed.length && (bracketed[b]?.end ?? 0) <= start) b++;
    const bracket = bracketed[b];
    if (bracket && bracket.start <= start) {
      URL_START.lastIndex = Math.max(URL_START.lastIndex, bracket.end);
      if (!inSkip && bracket.raw.length <= MAX_URL) {
        found.push({ raws: [decodeIfEncoded(bracket.raw)], start: bracket.start, end: bracket.end });
      }
      continue;
    }
    if (inSkip || m[0].length > MAX_URL) continue;
    const raw = trimTail(m[0]);
    const raws = [decodeIfEncoded(raw)];
    // Hard-wrapped text: the link runs to the end of a long line and the next line starts with
    // something that can only be the rest of a URL. Try the joined form first, keep the original.
    if (raw === m[0] && text[end] === '\n') {
      let joined = raw;
      let lineStart = text.lastIndexOf('\n', start - 1) + 1;
      for (let lines = 0; lines < 16 && text[end] === '\n' && end - lineStart >= 60; lines++) {
        CONTINUATION.lastIndex = end + 1;
        const next = CONTINUATION.exec(text);
        if (!next || next[0].length > MAX_URL || !/[0-9%&=?/#_]/.test(next[0]) || next[0].includes('://')) break;
        joined += next[0];
        lineStart = end + 1;
        end += 1 + next[0].length;
      }
      if (joined !== raw) {
        raws.unshift(decodeIfEncoded(trimTail(joined)));
        URL_START.lastIndex = end;
      }
    }
    found.push({ raws, start, end });
  }
  return found;
}
