import { formatMessage } from '../../../src/taskpane/i18n';

describe('formatMessage', () => {
  it('fills named arguments and formats numbers in the locale', () => {
    expect(formatMessage('Join {title}', { title: 'Standup' }, 'en')).toBe('Join Standup');
    expect(formatMessage('{n} Termine', { n: 1234 }, 'de')).toBe('1.234 Termine');
  });

  it('leaves an argument it was not given visible rather than blank', () => {
    expect(formatMessage('Join {title}', {}, 'en')).toBe('Join {title}');
  });

  it('chooses plural forms through Intl.PluralRules', () => {
    const message = '{count, plural, =0 {No meetings} one {# meeting} other {# meetings}}';
    expect(formatMessage(message, { count: 0 }, 'en')).toBe('No meetings');
    expect(formatMessage(message, { count: 1 }, 'en')).toBe('1 meeting');
    expect(formatMessage(message, { count: 3 }, 'en')).toBe('3 meetings');
  });

  it('gives Arabic its dual and few forms', () => {
    const message = '{count, plural, one {اجتماع واحد} two {اجتماعان} few {# اجتماعات} many {# اجتماعًا} other {# اجتماع}}';
    expect(formatMessage(message, { count: 2 }, 'ar')).toBe('اجتماعان');
    expect(formatMessage(message, { count: 3 }, 'ar')).toBe(`${new Intl.NumberFormat('ar').format(3)} اجتماعات`);
  });

  it('keeps text around a plural and nested arguments inside it', () => {
    expect(formatMessage('In {title}: {n, plural, one {# person} other {# people}}.', { title: 'Review', n: 2 }, 'en')).toBe('In Review: 2 people.');
  });

  it('refuses unbalanced braces instead of printing half a message', () => {
    expect(() => formatMessage('Join {title', { title: 'x' }, 'en')).toThrow(SyntaxError);
  });
});
