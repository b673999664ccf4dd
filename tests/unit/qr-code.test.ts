// qrPath: the QR code's SVG path covers exactly the dark modules of the `qrcode` library's
// symbol, inside a quiet zone of four light modules on every side.
import { create } from "qrcode";
import { describe, expect, it } from "vitest";
import { QUIET_ZONE, qrPath } from "../../components/qr-code.tsx";

const LINK = "https://paperclub.example/sessions/0b5e3a52-6f0e-4d61-9a53-2f1f0c1d2e3f";

/** The cells a path of `M{x} {y}h{n}v1h-{n}z` runs covers, as "x,y". */
function cellsOf(d: string): { cells: Set<string>; runs: number } {
  const cells = new Set<string>();
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((m) => m[0]).join("")).toBe(d); // nothing else in the path
  for (const [, x, y, n, back] of runs) {
    expect(back).toBe(n);
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return { cells, runs: runs.length };
}

describe("qrPath", () => {
  const { modules } = create(LINK, { errorCorrectionLevel: "M" });
  const { side, d } = qrPath(modules);
  const { cells } = cellsOf(d);

  it("is the symbol's size plus a quiet zone of four modules on each side", () => {
    expect(modules.size).toBeGreaterThanOrEqual(21);
    expect(side).toBe(modules.size + 2 * QUIET_ZONE);
    for (const cell of cells) {
      const [x, y] = cell.split(",").map(Number);
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x).toBeLessThan(side - QUIET_ZONE);
      expect(y).toBeLessThan(side - QUIET_ZONE);
    }
  });

  it("draws exactly the dark modules, each once", () => {
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${col + QUIET_ZONE},${row + QUIET_ZONE}`);
    expect(dark.size).toBeGreaterThan(0);
    expect(cells).toEqual(dark);
    // Runs never overlap: the squares they cover add up to the dark module count.
    const covered = [...d.matchAll(/h(\d+)v/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(covered).toBe(dark.size);
  });

  it("draws each horizontal run of dark modules as one rectangle", () => {
    const row = { size: 5, get: (r: number, c: number) => r === 0 && [1, 1, 0, 1, 1][c] === 1 };
    expect(qrPath(row, 0)).toEqual({ side: 5, d: "M0 0h2v1h-2zM3 0h2v1h-2z" });
    expect(qrPath({ size: 2, get: () => false })).toEqual({ side: 10, d: "" });
  });
});
