/**
 * Content-coding negotiation (RFC 9110 §12.5.3): which of the codings we hold a body in the
 * client accepts, best first by its q-values, ties broken by our order (brotli before gzip).
 */
export type Coding = 'br' | 'gzip';

/** The q-value the header gives `coding` (`*` counts for codings it does not name); 0 when refused or absent. */
function qualityOf(header: string, coding: Coding): number {
  let star: number | undefined;
  for (const item of header.split(',')) {
    const [rawName = '', ...params] = item.split(';');
    const name = rawName.trim().toLowerCase();
    if (name !== coding && name !== '*') continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number(value?.trim());
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    if (name === coding) return q;
    star = q;
  }
  return star ?? 0;
}

/** The coding to answer with, from those `available`, or `undefined` for the identity body. */
export function chooseCoding(header: string | string[] | undefined, available: readonly Coding[]): Coding | undefined {
  if (!header || available.length === 0) return undefined;
  const text = Array.isArray(header) ? header.join(',') : header;
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of available) {
    const q = qualityOf(text, coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}
