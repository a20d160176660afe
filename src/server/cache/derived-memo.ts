import type { Sealed } from '../vault/crypto';

/**
 * Forms derived once from a cached value (its precompressed answer), sealed under the same
 * caller's key and remembered by the value's nonce, which no two sealed values share. Bounded in
 * entries and bytes, oldest first out; an expired cache entry's form simply ages out.
 */
export class DerivedMemo {
  private readonly entries = new Map<string, Sealed>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get(of: Sealed): Sealed | undefined {
    return this.entries.get(idOf(of));
  }

  set(of: Sealed, derived: Sealed): void {
    this.setById(idOf(of), derived);
  }

  /** By an explicit id: a form derived from several values names them all (see `idOfAll`). */
  getById(id: string): Sealed | undefined {
    return this.entries.get(id);
  }

  setById(id: string, derived: Sealed): void {
    this.drop(id);
    this.entries.set(id, derived);
    this.bytes += sizeOf(derived);
    while (this.entries.size > this.maxEntries || (this.bytes > this.maxBytes && this.entries.size > 1)) {
      this.drop(this.entries.keys().next().value as string);
    }
  }

  private drop(id: string): void {
    const found = this.entries.get(id);
    if (!found) return;
    this.bytes -= sizeOf(found);
    this.entries.delete(id);
  }
}

function idOf(of: Sealed): string {
  return of.nonce.toString('base64');
}

/** The id of a form derived from several values together (and `extra`, e.g. the limit), in order. */
export function idOfAll(values: readonly Sealed[], extra: string): string {
  return `${values.map(idOf).join(',')};${extra}`;
}

function sizeOf(sealed: Sealed): number {
  return sealed.ciphertext.length + sealed.nonce.length + 64;
}
