import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The embedded database's one line of work (issue 17). PGlite is one backend session: it already
 * runs one query or one transaction at a time (its own mutex), so no statement of one caller can
 * land inside another's transaction. What it lacks is a time limit and a name for who holds it:
 * a request stuck behind a long import from the command line would wait for ever, and nobody
 * could say why. Every query, exec and transaction of the process passes this gate first: one
 * holder at a time, first come first served, a waiter gives up after its limit with
 * DatabaseBusyError (and is taken out of the line, so its work never runs later), and the holder's
 * name is known to the health check and to proxy.ts.
 */

/** Who is working: the app's requests carry no name; the command line's work runs inside one. */
const workName = new AsyncLocalStorage<string>();

/** Runs `fn` with every database call inside it named `name` (for example "kommandoraden: import"). */
export function asNamedWork<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return workName.run(name, fn);
}

/** The name of the work running now, when it has one (the command line's). */
export function namedWork(): string | undefined {
  return workName.getStore();
}

export const APP_WORK = 'appen';

/**
 * Set inside the holder's own work: PGlite calls its own public query while running one (it
 * refreshes its array types), and that call must pass, not wait behind itself.
 */
const holding = new AsyncLocalStorage<true>();

export class DatabaseBusyError extends Error {
  constructor(readonly holder: string, readonly waitedMs: number) {
    super(
      holder === APP_WORK
        ? `Databasen hann inte svara på ${Math.round(waitedMs / 1000)} sekunder. Försök igen om en stund.`
        : `Databasen är upptagen (${holder}) och hann inte svara på ${Math.round(waitedMs / 1000)} sekunder. Försök igen när den är klar.`,
    );
    this.name = 'DatabaseBusyError';
  }
}

/** The busy error itself, or one a driver wrapped around it (drizzle reports "Failed query" with the cause). */
export function databaseBusyError(error: unknown): DatabaseBusyError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseBusyError) return e;
  }
  return null;
}

interface Waiter {
  name: string;
  grant: () => void;
}

export interface GateState {
  /** Who holds the database now, or null when nobody does. */
  holder: string | null;
  /** For how long (ms, monotonic clock) the current holder has held it. */
  heldMs: number;
  waiting: number;
}

export class SerialGate {
  private holder: string | null = null;
  private heldSince = 0;
  private readonly line: Waiter[] = [];

  constructor(private readonly waitLimitMs: () => number) {}

  state(): GateState {
    return { holder: this.holder, heldMs: this.holder === null ? 0 : performance.now() - this.heldSince, waiting: this.line.length };
  }

  /** Runs `fn` alone on the database, after waiting at most the limit for the ones before it. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (holding.getStore()) return fn();
    const name = workName.getStore() ?? APP_WORK;
    await this.acquire(name);
    try {
      return await holding.run(true, fn);
    } finally {
      this.release();
    }
  }

  private acquire(name: string): Promise<void> {
    if (this.holder === null && this.line.length === 0) {
      this.take(name);
      return Promise.resolve();
    }
    const limit = this.waitLimitMs();
    const started = performance.now();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        name,
        grant: () => {
          clearTimeout(timer);
          this.take(name);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const at = this.line.indexOf(waiter);
        if (at < 0) return;
        this.line.splice(at, 1);
        reject(new DatabaseBusyError(this.holder ?? APP_WORK, performance.now() - started));
      }, limit);
      this.line.push(waiter);
    });
  }

  private take(name: string): void {
    this.holder = name;
    this.heldSince = performance.now();
  }

  private release(): void {
    this.holder = null;
    this.line.shift()?.grant();
  }
}
