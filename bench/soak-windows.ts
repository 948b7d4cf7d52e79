// Which minutes of a soak run count as its start and its end when p99 latency and memory are
// compared: the first minute is warm-up (compilation caches, connection pools); each window is up
// to three minutes so its p99 rests on hundreds of requests, not the two or three slowest of one.

export interface MinuteWindow {
  /** Index of the first minute (0-based). */
  from: number;
  /** One past the last minute. */
  to: number;
}

export function soakWindows(minutes: number): { start: MinuteWindow; end: MinuteWindow } {
  if (!Number.isInteger(minutes) || minutes < 1) throw new RangeError('A soak run lasts at least one whole minute');
  if (minutes === 1) return { start: { from: 0, to: 1 }, end: { from: 0, to: 1 } };
  const usable = minutes - 1;
  // Windows never overlap while there are at least two minutes after warm-up.
  const size = Math.max(1, Math.min(3, Math.floor(usable / 2)));
  return { start: { from: 1, to: 1 + size }, end: { from: minutes - size, to: minutes } };
}
