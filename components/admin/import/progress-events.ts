import { importTableLabel as tableLabel } from '@/lib/format/import-table';

/**
 * The lines of the import's progress stream (app/admin/import/progress-response.ts), mirrored
 * here since components do not import the data layer.
 */
export type ProgressEvent =
  | { phase: 'reading'; done: number; total: number; file: string; rows: number }
  | { phase: 'checking' | 'writing'; done: number; total: number; table: string }
  | { phase: 'done'; location: string }
  | { phase: 'error'; message: string };

export interface ProgressView {
  /** 0–1, or null while nothing can be measured. */
  value: number | null;
  text: string;
}

/** Share of the bar each step fills: sending the files (upload only), reading, checking, writing. */
const UPLOAD_STEPS = { sending: [0, 0.3], reading: [0.3, 0.45], checking: [0.45, 0.6], writing: [0.6, 1] } as const;
const CONFIRM_STEPS = { sending: [0, 0], reading: [0, 0.15], checking: [0.15, 0.3], writing: [0.3, 1] } as const;

function within(range: readonly [number, number], done: number, total: number): number {
  const [from, to] = range;
  return from + (to - from) * (total > 0 ? Math.min(1, done / total) : 1);
}

const rowsText = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

/** What the bar and its text say after a server event; `dryRun` for the first step. */
export function progressOf(event: Exclude<ProgressEvent, { phase: 'done' | 'error' }>, dryRun: boolean): ProgressView {
  const steps = dryRun ? UPLOAD_STEPS : CONFIRM_STEPS;
  switch (event.phase) {
    case 'reading':
      return {
        value: within(steps.reading, event.done, event.total),
        text: `Läser filerna: ${event.done} av ${event.total} (${rowsText(event.rows)} rader hittills).`,
      };
    case 'checking':
      return {
        value: within(steps.checking, event.done, event.total),
        text: `Kontrollerar raderna: ${tableLabel(event.table)} (${event.done} av ${event.total} tabeller).`,
      };
    case 'writing':
      return {
        value: within(steps.writing, event.done, event.total),
        text: dryRun
          ? `Provar mot databasen: ${tableLabel(event.table)} (${event.done} av ${event.total} tabeller).`
          : `Sparar: ${tableLabel(event.table)} (${event.done} av ${event.total} tabeller).`,
      };
  }
}

export function sendingProgress(loaded: number, total: number): ProgressView {
  const share = total > 0 ? loaded / total : 0;
  return {
    value: within(UPLOAD_STEPS.sending, loaded, total),
    text: `Skickar filerna: ${Math.round(share * 100)} %.`,
  };
}
