/** The argument names an ICU message uses: a translation must use the same ones, no more, no fewer. */
export function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z][\w]*)\s*[,}]/g)].map((m) => m[1] ?? '').filter((name, i, all) => all.indexOf(name) === i).sort();
}
