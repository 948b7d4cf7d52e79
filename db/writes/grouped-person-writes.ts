import type { Db, DbOrTx } from '../client';
import { withPeopleRollups } from './rollups';

// Group commit for survey saves. Every save moves the rollups by what it changed, which costs a
// few statements whatever the number of people in the transaction; saves that arrive while
// another group is being written wait and go together in the next transaction, so under load
// each save costs a fraction of a transaction. Nothing is acknowledged before its transaction
// has committed; a group that fails is written again one save at a time, so one bad save cannot
// fail the others.

interface Pending {
  personId: number;
  write: (tx: DbOrTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface RoundQueue {
  waiting: Pending[];
  running: number;
}

/** Transactions of grouped saves in flight per round at once (the pool has more connections). */
const PARALLEL = 2;
/** At most this many saves in one transaction: a transaction's locks and statements stay small. */
const MAX_GROUP = 64;

const queues = new WeakMap<Db, Map<number, RoundQueue>>();

/**
 * Runs `write` for one person's answers in a round inside a transaction that also moves the
 * rollups (withPeopleRollups), together with other saves for the same round that are waiting.
 * Resolves with what `write` returned, after the commit.
 */
export function writeForPerson<T>(db: Db, roundId: number, personId: number, write: (tx: DbOrTx) => Promise<T>): Promise<T> {
  let byRound = queues.get(db);
  if (!byRound) queues.set(db, (byRound = new Map()));
  let queue = byRound.get(roundId);
  if (!queue) byRound.set(roundId, (queue = { waiting: [], running: 0 }));
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.waiting.push({ personId, write, resolve: resolve as (value: unknown) => void, reject });
    drain(db, roundId, q);
  });
}

function drain(db: Db, roundId: number, queue: RoundQueue): void {
  while (queue.running < PARALLEL && queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    queue.running++;
    void writeGroup(db, roundId, group).finally(() => {
      queue.running--;
      drain(db, roundId, queue);
    });
  }
}

async function writeGroup(db: Db, roundId: number, group: Pending[]): Promise<void> {
  if (group.length > 1) {
    try {
      const results = await db.transaction((tx) =>
        withPeopleRollups(tx, roundId, group.map((p) => p.personId), async () => {
          const out: unknown[] = [];
          for (const p of group) out.push(await p.write(tx));
          return out;
        }),
      );
      group.forEach((p, i) => p.resolve(results[i]));
      return;
    } catch {
      // Rolled back as a whole: each save is tried again on its own below.
    }
  }
  for (const p of group) {
    try {
      p.resolve(await db.transaction((tx) => withPeopleRollups(tx, roundId, [p.personId], () => p.write(tx))));
    } catch (error) {
      p.reject(error);
    }
  }
}
