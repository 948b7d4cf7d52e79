import type { Logger } from 'drizzle-orm/logger';
import { InvalidInputError } from '@/lib/data/errors';

// PostgreSQL cannot hold the NUL character in text, nor its escape in jsonb: a parameter with
// one fails the statement with an encoding error, which would reach the person as "something went
// wrong" (a 500). Every query's parameters pass through drizzle's logger just before they are
// sent, with every driver and inside transactions too, so this is the one place that sees them
// all: such a parameter becomes a plain refusal and the statement is never sent. (lib/data/errors
// has no imports of its own, so taking the error class from there keeps the layers apart.)

const NUL = '\u0000';
const NUL_ESCAPE = '\\u0000';

export const TEXT_NOT_STORABLE = 'Texten innehåller ett tecken som inte går att använda (tecknet NUL). Ta bort det och försök igen.';

export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL) || value.includes(NUL_ESCAPE);
  if (Array.isArray(value)) return value.some(holdsNul);
  return false;
}

export const refuseNulParameters: Logger = {
  logQuery(_query: string, params: unknown[]): void {
    if (params.some(holdsNul)) throw new InvalidInputError(TEXT_NOT_STORABLE);
  },
};
