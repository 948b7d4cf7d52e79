import http from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { OwnerDoor } from '@/db/pglite-owner';
import { asNamedWork } from '@/db/pglite-gate';
import { loggableError } from '@/lib/security/loggable-error';

/**
 * The owner's side of the embedded database's door (issue 17, decision record 015). The process
 * that owns the PGlite folder (the running app) takes the command line's work itself: a second
 * process never opens the folder. A command arrives whole (arguments and working folder, never a
 * stream of statements), runs here through the same lib/cli code and the same database handle as
 * the pages, and its output goes back as lines of JSON. So no client can hold a transaction open,
 * slip a statement into another's, or stall the database by stalling itself.
 *
 * Only 127.0.0.1, and only with the token written in the owner file (mode 0600): whoever can use
 * the door can read the database folder anyway.
 */

/** One line of the answer: output, a sign of life while a long command runs, or the exit status. */
export type DoorLine = { out: string } | { err: string } | { alive: true } | { exit: number };

export interface DoorRequest {
  argv: string[];
  cwd: string;
}

export type RunCommand = (request: DoorRequest, io: { out(text: string): void; err(text: string): void }) => Promise<number>;

const MAX_BODY_BYTES = 64 * 1024;
/** A caller must have sent its whole request by then: a stalled caller holds nothing. */
const REQUEST_TIMEOUT_MS = 10_000;
export const ALIVE_EVERY_MS = 5_000;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseRequest(body: string): DoorRequest | null {
  try {
    const value = JSON.parse(body) as Partial<DoorRequest>;
    if (!Array.isArray(value.argv) || !value.argv.every((a) => typeof a === 'string') || typeof value.cwd !== 'string') return null;
    return { argv: value.argv, cwd: value.cwd };
  } catch {
    return null;
  }
}

/**
 * The command's name as pages and the health check show it while it holds the database: the
 * command word (and a report's kind), never its arguments, which name files on the server.
 */
export function commandName(argv: readonly string[]): string {
  const words = argv.slice(0, argv[0] === 'report' ? 2 : 1);
  return words.every((w) => /^[a-z]{1,20}$/.test(w)) && words.length > 0 ? words.join(' ') : 'kommando';
}

export async function openDoor(runCommand: RunCommand): Promise<{ door: OwnerDoor; close(): Promise<void> }> {
  const token = randomBytes(32).toString('hex');
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/kommando' || !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.writeHead(403).end();
      req.resume();
      return;
    }
    let body = '';
    let tooLarge = false;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) {
        tooLarge = true;
        req.destroy();
      }
    });
    req.on('end', () => {
      const request = tooLarge ? null : parseRequest(body);
      if (!request) {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
      const send = (line: DoorLine) => {
        if (!res.writableEnded && !res.destroyed) res.write(`${JSON.stringify(line)}\n`);
      };
      const alive = setInterval(() => send({ alive: true }), ALIVE_EVERY_MS);
      const name = `kommandoraden: ${commandName(request.argv)}`;
      asNamedWork(name, () => runCommand(request, { out: (text) => send({ out: text }), err: (text) => send({ err: text }) }))
        .catch((error: unknown) => {
          // The caller's terminal gets a plain message; the details stay in this server's log.
          console.error('Kommandoradens körning i appen misslyckades', loggableError(error));
          send({ err: `Oväntat fel i appen som äger databasen: ${error instanceof Error ? error.message : String(error)}\n` });
          return 3;
        })
        .then((exit) => {
          clearInterval(alive);
          send({ exit });
          res.end();
        });
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // The door must never keep a process alive on its own.
  server.unref();
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Dörren för kommandoraden fick ingen port');
  return {
    door: { port: address.port, token },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
