export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target, when the brief sets one, and whether this run met it. */
  target?: string;
  ok?: boolean;
}

export function printFigures(figures: Figure[]): void {
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 10 ? 3 : 1);
    const verdict = f.target ? `  (target ${f.target}: ${f.ok ? 'met' : 'NOT MET'})` : '';
    console.log(`${f.name.padEnd(width)}  ${value} ${f.unit}${verdict}`);
  }
}
