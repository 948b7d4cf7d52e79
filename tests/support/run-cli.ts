import { run } from '@/lib/cli/run';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process against the test database, capturing its output. */
export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Deep comparison that allows floating-point noise in numbers, returning the differences. */
export function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? [] : [`${path}: ${actual} ≠ ${expected}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: not an array`];
    if (actual.length !== expected.length) return [`${path}: ${actual.length} items ≠ ${expected.length}`];
    return expected.flatMap((e, i) => differences(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return [`${path}: not an object`];
    return Object.entries(expected).flatMap(([k, v]) => differences((actual as Record<string, unknown>)[k], v, `${path}.${k}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
