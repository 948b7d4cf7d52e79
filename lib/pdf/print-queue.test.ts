import { describe, expect, it } from 'vitest';
import { PrintQueue, PrintQueueFullError } from './print-queue';

describe('the PDF print queue', () => {
  it('lets two print, eight wait, and refuses the eleventh at once', async () => {
    const queue = new PrintQueue(2, 8);
    const order: number[] = [];
    const entries = Array.from({ length: 10 }, (_, i) => queue.enter().then(() => order.push(i)));
    await Promise.resolve();
    expect(queue.active).toBe(2);
    expect(queue.waitingCount).toBe(8);
    await expect(queue.enter()).rejects.toBeInstanceOf(PrintQueueFullError);
    // Each one done lets the next in line go, first come first served.
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 0));
      queue.leave();
    }
    await Promise.all(entries);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(queue.waitingCount).toBe(0);
    // With room again, a new one is let in.
    await queue.enter();
    expect(queue.active).toBe(1);
  });
});
