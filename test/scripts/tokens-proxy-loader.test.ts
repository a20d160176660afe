import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { tokensProxySource } = require('../../scripts/webpack/tokens-proxy-loader.js') as { tokensProxySource(source: string): string | undefined };

const SHIPPED = readFileSync(join(__dirname, '../../node_modules/@fluentui/tokens/lib/tokens.js'), 'utf8');

/** The module's `tokens`, evaluated as the bundle would (its one export turned into a return). */
function evaluate(source: string): Record<string, string> {
  return runInNewContext(`(() => { ${source.replace('export const tokens =', 'const tokens =')}; return tokens; })()`, { Proxy, Object }) as Record<string, string>;
}

describe('the Fluent tokens loader', () => {
  const real = evaluate(SHIPPED);

  it('answers every shipped token exactly as Fluent does, defaults included', () => {
    const source = tokensProxySource(SHIPPED);
    expect(source).toBeDefined();
    const proxied = evaluate(source!);
    expect(Object.keys(real).length).toBeGreaterThan(400);
    for (const [name, value] of Object.entries(real)) expect({ name, value: proxied[name] }).toEqual({ name, value });
    expect(real.zIndexPopup).toBe('var(--zIndexPopup, 2000)');
  });

  it('is a fraction of the size', () => {
    expect(tokensProxySource(SHIPPED)!.length).toBeLessThan(SHIPPED.length / 10);
  });

  it('leaves a file of another shape alone', () => {
    expect(tokensProxySource(`${SHIPPED}\nexport const other = 1;`)).toBeUndefined();
    expect(tokensProxySource(SHIPPED.replace("colorNeutralForeground1: 'var(--colorNeutralForeground1)',", 'colorNeutralForeground1: `var(--x)`,'))).toBeUndefined();
    expect(tokensProxySource('export const tokens = { a: 1 };')).toBeUndefined();
  });
});
