import { describe, expect, it } from 'vitest';
import { asNamedWork, DatabaseBusyError, SerialGate } from './pglite-gate';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded database gate', () => {
  it('lets one holder in at a time, first come first served', async () => {
    const gate = new SerialGate(() => 5_000);
    const order: string[] = [];
    const work = (name: string, ms: number) =>
      gate.run(async () => {
        order.push(`${name} in`);
        await later(ms);
        order.push(`${name} out`);
      });
    await Promise.all([work('a', 30), work('b', 5), work('c', 1)]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });

  it('gives up on a waiter after its limit, names the holder, and never runs the waiter’s work later', async () => {
    const gate = new SerialGate(() => 50);
    let release!: () => void;
    const holding = asNamedWork('kommandoraden: import', () => gate.run(() => new Promise<void>((r) => (release = r))));
    await later(1);
    expect(gate.state()).toMatchObject({ holder: 'kommandoraden: import', waiting: 0 });
    let ran = false;
    const waiting = gate.run(async () => {
      ran = true;
    });
    expect(gate.state().waiting).toBe(1);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect((error as DatabaseBusyError).holder).toBe('kommandoraden: import');
    expect((error as Error).message).toContain('Databasen är upptagen (kommandoraden: import)');
    expect(gate.state().waiting).toBe(0);
    release();
    await holding;
    await later(10);
    expect(ran).toBe(false);
    expect(gate.state().holder).toBeNull();
    // The gate is free again for the next caller.
    await expect(gate.run(async () => 'svar')).resolves.toBe('svar');
  });

  it('lets the holder’s own nested calls through instead of waiting for itself', async () => {
    const gate = new SerialGate(() => 50);
    await expect(gate.run(() => gate.run(async () => 'inre'))).resolves.toBe('inre');
  });

  it('frees the gate when the holder fails', async () => {
    const gate = new SerialGate(() => 50);
    await expect(gate.run(async () => Promise.reject(new Error('fel')))).rejects.toThrow('fel');
    expect(gate.state().holder).toBeNull();
    await expect(gate.run(async () => 1)).resolves.toBe(1);
  });
});
