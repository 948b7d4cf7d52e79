import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clockNow } from '@/lib/clock/clock';

/**
 * One owner per embedded database folder (issue 17, first step): PGlite is one process's
 * database, and a second process that opens the same folder writes where the first never looks
 * (an acknowledged answer was lost that way). Whoever opens the folder first writes this file; a
 * second process refuses at once with a plain message. The owner removes it on close and on exit;
 * a process killed with SIGKILL leaves it behind, and the next opener takes it over because the
 * process it names is gone.
 */
export const OWNER_FILE = 'kompetenskartan-agare.json';

export interface FolderOwner {
  pid: number;
  host: string;
  command: string;
  since: string;
  /**
   * Where the owner takes the command line's work (lib/cli/door.ts): a port on 127.0.0.1 and the
   * secret that proves the caller can read this file (mode 0600). Only a running app has one.
   */
  door?: OwnerDoor;
}

export interface OwnerDoor {
  port: number;
  token: string;
}

const doorStore = ((globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.ownerDoor')] ??= { door: null }) as { door: OwnerDoor | null };

/** The door this process opens for others; written into the owner file when it claims a folder. */
export function advertiseDoor(door: OwnerDoor | null): void {
  doorStore.door = door;
}

export class DatabaseInUseError extends Error {
  constructor(readonly dir: string, readonly owner: FolderOwner) {
    super(
      `Den inbyggda databasen i ${dir} används redan av en annan process (${owner.command || 'okänt kommando'}, pid ${owner.pid}, sedan ${owner.since}). ` +
        'Två processer får aldrig öppna samma databasmapp: ändringar kan gå förlorade. ' +
        'Vänta tills den andra processen är klar, eller stoppa den, och försök igen. Kommandoraden kan köras medan appen (npm start) är igång: den lämnar då sitt arbete till appen. ' +
        'Med PostgreSQL (DATABASE_URL) kan allt köras samtidigt.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !zombie(pid);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A process killed but not yet reaped by its parent (a zombie, state Z) still answers signal 0, but
 * it holds nothing: its folder is free. Linux only; elsewhere a live pid counts as alive.
 */
function zombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function readOwner(file: string): FolderOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<FolderOwner>;
    if (typeof parsed.pid !== 'number') return null;
    const door = parsed.door && typeof parsed.door.port === 'number' && typeof parsed.door.token === 'string' ? { port: parsed.door.port, token: parsed.door.token } : undefined;
    return { pid: parsed.pid, host: String(parsed.host ?? ''), command: String(parsed.command ?? ''), since: String(parsed.since ?? ''), ...(door ? { door } : {}) };
  } catch {
    return null;
  }
}

/** Who owns a folder now, or null: for the health check and the messages. */
export function folderOwner(dir: string): FolderOwner | null {
  const owner = readOwner(path.join(path.resolve(dir), OWNER_FILE));
  return owner && (owner.host !== os.hostname() || alive(owner.pid)) ? owner : null;
}

/** The door of the live process on this machine that owns a folder, when it has one (a running app). */
export function ownerDoor(dir: string): OwnerDoor | null {
  const owner = folderOwner(dir);
  return owner?.door && owner.pid !== process.pid && owner.host === os.hostname() ? owner.door : null;
}

/** Claims the folder for this process; returns the release. Throws DatabaseInUseError when another process owns it. */
export function claimFolder(dir: string): () => void {
  const folder = path.resolve(dir);
  const file = path.join(folder, OWNER_FILE);
  const me: FolderOwner = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv.slice(1).map((a) => path.basename(a)).join(' ').slice(0, 200),
    since: clockNow().toISOString(),
    ...(doorStore.door ? { door: doorStore.door } : {}),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      const release = () => {
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const other = readOwner(file);
    // Another live process on this machine, or one on another machine whose life cannot be checked.
    if (other && other.pid !== process.pid && (other.host !== me.host || alive(other.pid))) throw new DatabaseInUseError(folder, other);
    // Left by a process that is gone (SIGKILL), by this process's earlier handle, or unreadable.
    fs.rmSync(file, { force: true });
  }
  throw new DatabaseInUseError(folder, readOwner(file) ?? { pid: 0, host: '', command: '', since: '' });
}
