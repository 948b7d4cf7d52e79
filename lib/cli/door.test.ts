import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { commandName, openDoor, type RunCommand } from './door';
import { DoorClosedError, forwardCommand } from './forward';

let closeDoor: (() => Promise<void>) | null = null;
afterEach(async () => {
  await closeDoor?.();
  closeDoor = null;
});

async function door(runCommand: RunCommand) {
  const opened = await openDoor(runCommand);
  closeDoor = opened.close;
  return opened.door;
}

function captured() {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe('the command line’s door into the owner of the embedded database', () => {
  it('runs the whole command in the owner and hands back its output and exit status', async () => {
    const seen: Array<{ argv: string[]; cwd: string }> = [];
    const d = await door(async (request, io) => {
      seen.push(request);
      io.err('Läser in…\n');
      io.out('{"ok":true}\n');
      return 1;
    });
    const io = captured();
    expect(await forwardCommand(d, { argv: ['import', 'data', '--json'], cwd: '/hem/hr' }, io)).toBe(1);
    expect(seen).toEqual([{ argv: ['import', 'data', '--json'], cwd: '/hem/hr' }]);
    expect(io.stdout).toBe('{"ok":true}\n');
    expect(io.stderr).toBe('Läser in…\n');
  });

  it('refuses a caller without the owner’s secret', async () => {
    let ran = false;
    const d = await door(async () => {
      ran = true;
      return 0;
    });
    const error = await forwardCommand({ ...d, token: 'f'.repeat(64) }, { argv: ['retention'], cwd: '/' }, captured()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DoorClosedError);
    expect(ran).toBe(false);
  });

  it('a command that fails in the owner gives a plain message and exit 3, not a hang', async () => {
    const d = await door(async () => {
      throw new Error('disken är full');
    });
    const io = captured();
    expect(await forwardCommand(d, { argv: ['import', 'x'], cwd: '/' }, io)).toBe(3);
    expect(io.stderr).toContain('Oväntat fel i appen som äger databasen: disken är full');
  });

  it('a caller that stalls half-way holds nothing: the next command runs at once', async () => {
    const d = await door(async (request, io) => {
      io.out(request.argv.join(' '));
      return 0;
    });
    const stalled = net.connect(d.port, '127.0.0.1');
    await new Promise((resolve) => stalled.once('connect', resolve));
    stalled.write(`POST /kommando HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${d.token}\r\nContent-Length: 1000\r\n\r\n{"argv":`);
    const io = captured();
    const started = performance.now();
    expect(await forwardCommand(d, { argv: ['report', 'response'], cwd: '/' }, io)).toBe(0);
    expect(io.stdout).toBe('report response');
    expect(performance.now() - started).toBeLessThan(5_000);
    stalled.destroy();
  });

  it('names the work by its command only, never by the files it reads (the name is shown on the busy page)', () => {
    expect(commandName(['import', '/home/hr/personal/2026-12-07', '--json'])).toBe('import');
    expect(commandName(['report', 'gaps', '--round', 'R1'])).toBe('report gaps');
    expect(commandName(['/etc/passwd'])).toBe('kommando');
    expect(commandName([])).toBe('kommando');
  });
});
