import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { loggableError } from './loggable-error';

describe('errors in the server log', () => {
  it('keep a failed query’s statement and SQLSTATE, never its parameters', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "assessments_pkey"'), {
      code: '23505', severity: 'ERROR', constraint: 'assessments_pkey', detail: 'Key (person_id)=(4711) already exists.',
    });
    const error = new DrizzleQueryError('insert into assessments (person_id, level) values ($1, $2)', ['D10144-hemlig', 3], cause);
    const text = loggableError(error);
    expect(text).toContain('insert into assessments (person_id, level) values ($1, $2)');
    expect(text).toContain('SQLSTATE 23505');
    expect(text).toContain('constraint assessments_pkey');
    expect(text).toContain('2 parameters, not logged');
    expect(text).not.toContain('D10144-hemlig');
    expect(text).not.toContain('4711');
    expect(text).toMatch(/\n\s+at /); // where it was thrown
  });

  it('drop values PostgreSQL quotes in its own messages', () => {
    const error = Object.assign(new Error('invalid input syntax for type integer: "Mariam Jaber"'), { code: '22P02', severity: 'ERROR' });
    const text = loggableError(error);
    expect(text).toContain('SQLSTATE 22P02');
    expect(text).toContain('invalid input syntax for type integer: "…"');
    expect(text).not.toContain('Mariam');
  });

  it('log other errors as they are, with their cause', () => {
    const error = new Error('Kunde inte skriva PDF', { cause: new Error('Chromium saknas') });
    const text = loggableError(error);
    expect(text).toMatch(/^Error: Kunde inte skriva PDF\n/);
    expect(text).toContain('cause: Error: Chromium saknas');
    expect(loggableError('text')).toBe('text');
  });
});
