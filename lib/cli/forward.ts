import http from 'node:http';
import type { OwnerDoor } from '@/db/pglite-owner';
import { ALIVE_EVERY_MS, type DoorLine, type DoorRequest } from './door';
import type { CliIo } from './run';

/** The owner could not be reached before anything was sent: the caller may decide again. */
export class DoorClosedError extends Error {
  constructor(cause: unknown) {
    super(`Appen som äger databasen tog inte emot kommandot: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DoorClosedError';
  }
}

/** The owner went silent or away while the command ran: its outcome is not known here. */
export class OwnerLostError extends Error {
  constructor(why: string) {
    super(
      `Appen som äger databasen slutade svara medan kommandot kördes (${why}). Det går inte att veta härifrån om det blev klart. ` +
        'Titta i appen, eller kör kommandot igen när appen svarar: en import som redan är gjord ändrar ingenting en gång till.',
    );
    this.name = 'OwnerLostError';
  }
}

/** Without a sign of life for this long (the owner sends one every 5 s), the owner is taken as gone. */
const SILENCE_LIMIT_MS = ALIVE_EVERY_MS * 6;

/**
 * The command line's side of the door (lib/cli/door.ts): sends the whole command to the process
 * that owns the embedded database, prints what comes back as it comes, and returns the exit status.
 */
export function forwardCommand(door: OwnerDoor, request: DoorRequest, io: CliIo): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let answered = false;
    let exit: number | null = null;
    const req = http.request({
      host: '127.0.0.1',
      port: door.port,
      path: '/kommando',
      method: 'POST',
      headers: { Authorization: `Bearer ${door.token}`, 'Content-Type': 'application/json' },
      timeout: SILENCE_LIMIT_MS,
    });
    req.on('timeout', () => req.destroy(new Error(`ingen kontakt på ${SILENCE_LIMIT_MS / 1000} s`)));
    req.on('error', (error) => (answered ? reject(new OwnerLostError(error.message)) : reject(new DoorClosedError(error))));
    req.on('response', (res) => {
      answered = true;
      if (res.statusCode !== 200) {
        res.resume();
        reject(new DoorClosedError(`svaret ${res.statusCode}`));
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let at;
        while ((at = buffer.indexOf('\n')) >= 0) {
          const line = JSON.parse(buffer.slice(0, at)) as DoorLine;
          buffer = buffer.slice(at + 1);
          if ('out' in line) io.out(line.out);
          else if ('err' in line) io.err(line.err);
          else if ('exit' in line) exit = line.exit;
        }
      });
      res.on('end', () => (exit === null ? reject(new OwnerLostError('svaret tog slut utan resultat')) : resolve(exit)));
      res.on('error', (error) => reject(new OwnerLostError(error.message)));
    });
    req.end(JSON.stringify(request));
  });
}
