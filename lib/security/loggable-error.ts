// What the server log may say about an error. A failed query's parameters are personal data (a
// person's id, an answer's value), and PostgreSQL quotes the offending value in many messages
// ('invalid input syntax for type integer: "…"'): the log keeps the statement, the error's
// SQLSTATE code, constraint and where it was thrown, never a parameter or a quoted value.

interface DatabaseCause {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  message?: unknown;
}

/** A value PostgreSQL quoted in a message, replaced: the message stays readable, the value goes. */
function withoutQuotedValues(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=(…)');
}

/** The stack's frames only: its first lines repeat the message, which may run over several lines. */
function frames(error: Error): string {
  return (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
}

function describeCause(cause: DatabaseCause): string {
  const parts: string[] = [];
  if (typeof cause.code === 'string') parts.push(`SQLSTATE ${cause.code}`);
  for (const key of ['constraint', 'table', 'column'] as const) {
    if (typeof cause[key] === 'string') parts.push(`${key} ${cause[key]}`);
  }
  if (typeof cause.message === 'string') parts.push(withoutQuotedValues(cause.message));
  return parts.join(', ');
}

const isFailedQuery = (error: Error): error is Error & { query: string; params: unknown[] } =>
  typeof (error as { query?: unknown }).query === 'string' && Array.isArray((error as { params?: unknown }).params);

const isDatabaseError = (error: Error): boolean =>
  typeof (error as { code?: unknown }).code === 'string' && typeof (error as { severity?: unknown }).severity === 'string';

/** The error as text for the server log, with no query parameter and no quoted value in it. */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (isFailedQuery(error)) {
    const cause = error.cause && typeof error.cause === 'object' ? describeCause(error.cause as DatabaseCause) : '';
    return `Failed query (${error.params.length} parameters, not logged): ${error.query}${cause ? `\ncause: ${cause}` : ''}\n${frames(error)}`;
  }
  if (isDatabaseError(error)) return `${error.name}: ${describeCause(error as DatabaseCause)}\n${frames(error)}`;
  const cause = error.cause instanceof Error ? `\ncause: ${loggableError(error.cause)}` : '';
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}
