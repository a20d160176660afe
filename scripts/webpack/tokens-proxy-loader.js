/**
 * A webpack loader for `@fluentui/tokens/lib/tokens.js`: Fluent's `tokens` object names ~470 CSS
 * variables, each `name: 'var(--name)'`, and is 29 KB of the first paint only because a few of
 * Fluent's style modules read a token outside their (ahead-of-time compiled) makeStyles calls.
 * Every token that follows the rule is answered by a Proxy; the few that do not (the z-index
 * tokens carry defaults) are kept as they are. The file is read as it ships, so a Fluent update
 * that adds or changes tokens changes the output with it; a file of another shape is left alone.
 */
'use strict';

const ENTRY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*([A-Za-z][A-Za-z0-9]*): '([^'\\]*)',?\s*$/gm;

function tokensProxySource(source) {
  if (!/^export const tokens = \{/m.test(source) || /^export (?!const tokens = )/m.test(source)) return undefined;
  const entries = [...source.matchAll(ENTRY)].map((m) => [m[1], m[2]]);
  // Every property line must be understood, or the file has a shape this loader does not know.
  const properties = source.split('\n').filter((line) => /^\s*(?:\*\/\s*)?[A-Za-z][A-Za-z0-9]*:/.test(line)).length;
  if (entries.length < 100 || entries.length !== properties) return undefined;
  const special = Object.fromEntries(entries.filter(([name, value]) => value !== `var(--${name})`));
  return [
    `const special = ${JSON.stringify(special)};`,
    'export const tokens = new Proxy(special, {',
    "  get: (known, name) => (typeof name !== 'string' ? undefined : Object.prototype.hasOwnProperty.call(known, name) ? known[name] : `var(--${name})`),",
    '});',
    '',
  ].join('\n');
}

module.exports = function tokensProxyLoader(source) {
  return tokensProxySource(source) ?? source;
};
module.exports.tokensProxySource = tokensProxySource;
