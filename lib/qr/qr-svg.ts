import { create } from 'qrcode';

/** A QR code as one SVG path: `size` modules square plus a quiet zone of `QUIET` on every side. */
export interface QrSvg {
  /** The side of the viewBox, in modules, quiet zone included. */
  side: number;
  /** Dark modules, each horizontal run one rectangle of height 1. */
  path: string;
}

/** The quiet zone the standard asks for around a code, in modules. */
export const QUIET = 4;

/**
 * The QR code of a text (a personal link) as path data, so a component can draw it as inline SVG
 * with its own accessible name: no image file, no HTML string. Error correction M survives a
 * crease or a coffee stain on a paper letter and keeps the code small enough to scan from it.
 */
export function qrSvg(text: string): QrSvg {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row += 1) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col += 1;
      parts.push(`M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`);
    }
  }
  return { side: n + 2 * QUIET, path: parts.join('') };
}
