// The browser side of "nothing lost": every answer goes into a queue in localStorage first,
// then to the server; it leaves the queue only when the server has stored it (or refused it
// as invalid). A reload, a lost connection or a closed tab keeps the queue for the next visit.
import { fieldOfAnswer, type AnswerInput } from './answer-fields';

export type SaveState =
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; message: string };

type Outcome = { kind: 'ok' } | { kind: 'invalid'; message: string } | { kind: 'signed-out' } | { kind: 'offline' } | { kind: 'failed'; message: string };

export interface Autosave {
  /** Queues an answer (replacing an earlier one to the same question) and sends the queue. */
  save(answer: AnswerInput): void;
  /** Sends what is queued; resolves true when something was stored. */
  flush(): Promise<boolean>;
  pending(): AnswerInput[];
}

type Stored = Record<string, AnswerInput>;

/** localStorage when the browser allows it (private modes may refuse), else memory for this page. */
function storage(key: string): { read(): Stored; write(value: Stored): void } {
  let memory: Stored = {};
  return {
    read() {
      try {
        const text = window.localStorage.getItem(key);
        const parsed: unknown = text ? JSON.parse(text) : {};
        return parsed && typeof parsed === 'object' ? (parsed as Stored) : {};
      } catch {
        return memory;
      }
    },
    write(value) {
      memory = value;
      try {
        if (Object.keys(value).length === 0) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Memory only: the answers are still sent while the page is open.
      }
    },
  };
}

/** What the server answers to a batch (the survey's autosave action, or POST /api/kartlaggning/svar). */
export type SaveResult = { ok: true; savedAt: string } | { ok: false; status: number; message: string };

export type SendAnswers = (answers: AnswerInput[]) => Promise<SaveResult>;

async function post(send: SendAnswers, answers: AnswerInput[]): Promise<Outcome> {
  let result: SaveResult;
  try {
    result = await send(answers);
  } catch {
    // The request never got an answer: no connection (or the server is down). Try again later.
    return { kind: 'offline' };
  }
  if (result.ok) return { kind: 'ok' };
  if (result.status === 400) return { kind: 'invalid', message: result.message };
  if (result.status === 401) return { kind: 'signed-out' };
  return { kind: 'failed', message: result.message };
}

export function createAutosave(opts: { send: SendAnswers; storageKey: string; onState: (state: SaveState) => void }): Autosave {
  const store = storage(opts.storageKey);
  const keyOf = (a: AnswerInput) => fieldOfAnswer(a).name;
  let sending = false;

  /** Removes the sent answers, unless the person changed them meanwhile. */
  function settle(sent: AnswerInput[]): void {
    const queued = store.read();
    for (const a of sent) if (JSON.stringify(queued[keyOf(a)]) === JSON.stringify(a)) delete queued[keyOf(a)];
    store.write(queued);
  }

  /** One invalid answer refuses a whole batch: send one at a time so the others are kept. */
  async function oneByOne(batch: AnswerInput[]): Promise<Outcome> {
    let invalid: Outcome | null = null;
    for (const answer of batch) {
      const outcome = await post(opts.send, [answer]);
      if (outcome.kind === 'invalid') invalid = outcome;
      else if (outcome.kind !== 'ok') return outcome;
      settle([answer]);
    }
    return invalid ?? { kind: 'ok' };
  }

  async function flush(): Promise<boolean> {
    // The batch on its way is followed by whatever was queued meanwhile (see below).
    if (sending) return false;
    const batch = Object.values(store.read());
    if (batch.length === 0) return false;
    if (!navigator.onLine) {
      opts.onState({ kind: 'offline' });
      return false;
    }
    sending = true;
    opts.onState({ kind: 'saving' });
    let outcome: Outcome;
    try {
      outcome = await post(opts.send, batch);
      if (outcome.kind === 'invalid' && batch.length > 1) outcome = await oneByOne(batch);
      else if (outcome.kind === 'ok' || outcome.kind === 'invalid') settle(batch);
    } finally {
      sending = false;
    }
    // Answers given while this batch was on its way go next.
    if (outcome.kind === 'ok' && Object.keys(store.read()).length > 0) {
      await flush();
      return true;
    }
    opts.onState(outcome.kind === 'ok' ? { kind: 'saved' } : outcome.kind === 'invalid' ? { kind: 'failed', message: outcome.message } : outcome);
    return outcome.kind === 'ok';
  }

  return {
    save(answer) {
      store.write({ ...store.read(), [keyOf(answer)]: answer });
      void flush();
    },
    flush,
    pending: () => Object.values(store.read()),
  };
}
