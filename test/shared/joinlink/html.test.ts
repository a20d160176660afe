/**
 * The HTML reader decodes character references as a browser does (text and attribute rules
 * differ) and shows nothing of declarations, Word's conditional markers or processing instructions.
 */
import { decodeAttribute, decodeText, readHtml } from '../../../src/shared/joinlink/html';

describe('character references in attributes', () => {
  it.each([
    // A legacy name without `;` followed by `=` stays as written in an attribute.
    ['https://us02web.zoom.us/j/123?pwd=abc&num=5', 'https://us02web.zoom.us/j/123?pwd=abc&num=5'],
    ['https://x.example/?a=1&copy=2', 'https://x.example/?a=1&copy=2'],
    ['https://x.example/?a=1&reg=2&not=3', 'https://x.example/?a=1&reg=2&not=3'],
    // ... and before a letter or digit.
    ['https://x.example/?a=1&copyright', 'https://x.example/?a=1&copyright'],
    // With the semicolon, or before anything else, it is a reference.
    ['https://x.example/?a=1&amp;b=2', 'https://x.example/?a=1&b=2'],
    ['https://x.example/?a=1&copy;2', 'https://x.example/?a=1©2'],
    ['https://x.example/&amp', 'https://x.example/&'],
    ['https&#58;//x.example/&#x2F;p', 'https://x.example//p'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeAttribute(raw)).toBe(decoded);
  });
});

describe('character references in text', () => {
  it.each([
    ['caf&eacute; &Eacute;t&eacute;', 'café Été'],
    ['&copy=2 and &copy 2026', '©=2 and © 2026'],
    ['&num;5 &num=5', '#5 &num=5'],
    ['&notit; &notin;', '¬it; ∉'],
    ['&#x1F4DE; &#128222; &#0; &#xD800;', '📞 📞 \ufffd \ufffd'],
    ['&bogus; & alone', '&bogus; & alone'],
  ])('%s → %s', (raw, decoded) => {
    expect(decodeText(raw)).toBe(decoded);
  });
});

describe('readHtml', () => {
  it('keeps the Zoom passcode and the rest of the query in a link target', () => {
    const { links } = readHtml('<a href="https://us02web.zoom.us/j/123?pwd=abc&num=5&copy=2">Join</a>');
    expect(links[0]?.href).toBe('https://us02web.zoom.us/j/123?pwd=abc&num=5&copy=2');
  });

  it('decodes every named reference in visible text', () => {
    expect(readHtml('<p>R&eacute;union &laquo;Q4&raquo; &ndash; salle&nbsp;3</p>').text.trim()).toBe('Réunion «Q4» – salle 3');
  });

  it('shows nothing of a doctype, Word conditionals or processing instructions', () => {
    const html = '<!DOCTYPE html><?xml version="1.0"?><html><body><p><![if !supportLists]>·<![endif]>Agenda</p><![if !vml]><img src="x"><![endif]></body></html>';
    const { text } = readHtml(html);
    expect(text.trim()).toBe('·Agenda');
    expect(text).not.toMatch(/DOCTYPE|supportLists|endif|xml/);
  });

  it('reads a bogus comment to its first `>` only', () => {
    expect(readHtml('<!x>one <p>two</p>').text.replace(/\s+/g, ' ').trim()).toBe('one two');
  });
});
