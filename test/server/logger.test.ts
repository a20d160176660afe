import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';

function captured() {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  return { logger: createLogger('info', sink), text: () => text };
}

describe('log redaction', () => {
  it('keeps error codes an operator needs', () => {
    const { logger, text } = captured();
    logger.warn({ cause: { name: 'Error', code: 'ECONNREFUSED' } }, 'store failed');
    logger.warn({ cause: { code: '57P01' } }, 'pg');
    logger.warn({ err: { code: 'invalid_grant' } }, 'authority');
    logger.warn({ res: { code: 503 } }, 'status');
    expect(text()).toContain('"code":"ECONNREFUSED"');
    expect(text()).toContain('"code":"57P01"');
    expect(text()).toContain('"code":"invalid_grant"');
    expect(text()).toContain('"code":503');
  });

  it('still censors OAuth authorization codes, tokens and user keys', () => {
    const { logger, text } = captured();
    const code = '0.AXoA7d8yZpQ-kE2u_hT4bW9c1Qx3Lm5nOp7RsTuVwXyZ0aBcDeFgHiJkLmNoPqRsTuVw';
    logger.info({ body: { code, refresh_token: 'rt-secret', userKey: 'uk-secret' } }, 'redeem');
    logger.info({ body: { code: 'abcDEF123ghi' } }, 'short mixed-case code');
    expect(text()).not.toContain(code);
    expect(text()).not.toContain('abcDEF123ghi');
    expect(text()).not.toMatch(/rt-secret|uk-secret/);
    expect(text().match(/\[redacted\]/g)).toHaveLength(4);
  });
});
