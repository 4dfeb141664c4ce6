/** One benchmark figure, printed as `name: value unit` (CONTRACT section 5). */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

/** Decimals that keep each unit readable without pretending to precision the machine lacks. */
const decimals: Record<string, (value: number) => number> = {
  'chars/s': () => 0,
  chars: () => 0,
  ms: (value) => (value >= 100 ? 0 : value >= 1 ? 2 : 3),
  KB: () => 2,
  kB: () => 2,
  x: () => 2,
};

/** The figure's line: `name: value unit`. */
export function formatFigure({ name, value, unit }: BenchFigure): string {
  return `${name}: ${value.toFixed(decimals[unit]?.(value) ?? 3)} ${unit}`;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
