import { parseArgs } from 'node:util';
import { z } from 'zod';

const code = z.string().trim().min(1, 'får inte vara tom');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'skriv datum som ÅÅÅÅ-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'datumet finns inte');

export const commandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('import'), path: code, dryRun: z.boolean(), json: z.boolean() }),
  z.object({ command: z.literal('gaps'), round: code, unit: code, by: z.enum(['requirement', 'role-requirement']), json: z.boolean() }),
  z.object({ command: z.literal('priorities'), round: code, unit: code, json: z.boolean() }),
  z.object({ command: z.literal('effect'), round: code, unit: code, question: code, json: z.boolean() }),
  z.object({ command: z.literal('uptake'), unit: code, from: isoDate, to: isoDate, json: z.boolean() }),
  z.object({ command: z.literal('response'), round: code, unit: code, json: z.boolean() }),
  z.object({ command: z.literal('retention'), dryRun: z.boolean(), json: z.boolean() }),
]);

export type Command = z.infer<typeof commandSchema>;

export const USAGE = `Användning:
  cli import <mapp|fil.zip|fil.xlsx> [--dry-run] [--json]
  cli report gaps       --round <kod> --unit <kod> [--by requirement|role-requirement] [--json]
  cli report priorities --round <kod> --unit <kod> [--json]
  cli report effect     --round <kod> --unit <kod> --question <kod> [--json]
  cli report uptake     --unit <kod> --from <ÅÅÅÅ-MM-DD> --to <ÅÅÅÅ-MM-DD> [--json]
  cli report response   --round <kod> --unit <kod> [--json]
  cli retention [--dry-run] [--json]`;

export class UsageError extends Error {}

/** Parses argv (without node and script) into a validated command, or throws UsageError. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        round: { type: 'string' },
        unit: { type: 'string' },
        by: { type: 'string', default: 'requirement' },
        question: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values: v, positionals: p } = parsed;
  const input =
    p[0] === 'import'
      ? { command: 'import', path: p[1], dryRun: v['dry-run'], json: v.json, extra: p.length > 2 }
      : p[0] === 'report'
        ? { command: p[1], round: v.round, unit: v.unit, by: v.by, question: v.question, from: v.from, to: v.to, json: v.json, extra: p.length > 2 }
        : p[0] === 'retention'
          ? { command: 'retention', dryRun: v['dry-run'], json: v.json, extra: p.length > 1 }
          : null;
  if (!input) throw new UsageError(p[0] ? `okänt kommando "${p[0]}"` : 'ange ett kommando');
  if (input.extra) throw new UsageError(`för många argument: ${p.slice(input.command === 'retention' ? 1 : 2).join(' ')}`);
  const result = commandSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || 'kommando';
    throw new UsageError(`${where === 'command' ? 'okänd rapport' : `--${where}`}: ${issue?.message ?? 'ogiltigt'}`);
  }
  return result.data;
}
