// What a bench row reports over its repeated runs: the median, and the spread (min, max).
export type Spread = { median: number; min: number; max: number };

export function spread(values: number[]): Spread {
  if (values.length === 0) throw new Error("spread() of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)!) };
}

/** One decimal place: enough for req/s and milliseconds. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** "601 (590–640)": the median with the spread of the runs. */
export function showSpread(s: Spread, unit = ""): string {
  const n = (v: number) => `${Math.round(v)}`;
  return s.min === s.max ? `${n(s.median)}${unit}` : `${n(s.median)}${unit} (${n(s.min)}–${n(s.max)})`;
}
