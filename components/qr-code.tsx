// A QR code as inline SVG, drawn on the server from the `qrcode` library's modules: one <path>
// of squares (each horizontal run of dark modules one rectangle) inside a white quiet zone, so
// it scans from paper and prints sharp at any size. No HTML strings: React builds the SVG.
import { create } from "qrcode";

/** The symbol's modules: `get(row, col)` is 1 (or true) for a dark module. */
export type QrModules = { size: number; get(row: number, col: number): number | boolean };

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4;

/**
 * The SVG path of the dark modules, offset by the quiet zone, and the side of the whole code
 * (symbol and quiet zone) in modules: `M{x} {y}h{run}v1h-{run}z` for each horizontal run.
 */
export function qrPath(modules: QrModules, quietZone = QUIET_ZONE): { side: number; d: string } {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + quietZone} ${row + quietZone}h${run}v1h-${run}z`);
    }
  }
  return { side: modules.size + 2 * quietZone, d: parts.join("") };
}

/** A QR code of `value` (error correction M: still scans with a crease or a smudge). */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { side, d } = qrPath(create(value, { errorCorrectionLevel: "M" }).modules);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
