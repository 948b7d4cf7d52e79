import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QUIET, qrSvg } from './qr-svg';

/** Reads the path back into a grid of dark modules. */
function darkModules(path: string, side: number): boolean[][] {
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let i = 0; i < w; i += 1) (grid[y] as boolean[])[x + i] = true;
  }
  return grid;
}

describe('qrSvg', () => {
  const url = 'https://kompetens.exempelby.se/k/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

  it('draws exactly the dark modules of the code, inside a quiet zone of four', () => {
    const { side, path } = qrSvg(url);
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    expect(side).toBe(modules.size + 2 * QUIET);
    const grid = darkModules(path, side);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const inside = y >= QUIET && x >= QUIET && y < side - QUIET && x < side - QUIET;
        const want = inside && modules.get(y - QUIET, x - QUIET) === 1;
        expect((grid[y] as boolean[])[x], `${x},${y}`).toBe(want);
      }
    }
  });

  it('gives different codes for different links and the same code for the same link', () => {
    expect(qrSvg(url).path).toBe(qrSvg(url).path);
    expect(qrSvg(`${url}x`).path).not.toBe(qrSvg(url).path);
  });
});
