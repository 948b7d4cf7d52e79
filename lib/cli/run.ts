import path from 'node:path';
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import { NotFoundError, InvalidInputError } from '@/lib/data/errors';
import { getEffectReport } from '@/lib/data/effect-report';
import { getGapReport, getPriorityReport } from '@/lib/data/gap-reports';
import { runImport } from '@/lib/data/import-data';
import { runRetentionSweep } from '@/lib/data/pseudonymise-person';
import { getResponseReport } from '@/lib/data/response-report';
import { getUptakeReport } from '@/lib/data/uptake-report';
import { readImportPath } from '@/lib/import/read-import-path';
import { parseCommand, USAGE, UsageError, type Command } from './args';
import { importSummary, num, pct, retentionSummary, table } from './print';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * The command line computes nothing of its own: it parses arguments, calls the same lib/data
 * functions the pages call, and prints. Exit 0 success, 1 rejected import, 2 bad arguments
 * or unknown code. With --json, standard output holds exactly one JSON document.
 */
export async function run(argv: string[], io: CliIo = processIo, options: { cwd?: string } = {}): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Fel: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    // A command the app runs for the command line (lib/cli/door.ts) names files from the caller's folder.
    if (command.command === 'import' && options.cwd) command = { ...command, path: path.resolve(options.cwd, command.path) };
    return await execute(command, io);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidInputError || error instanceof UsageError) {
      io.err(`Fel: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function execute(c: Command, io: CliIo): Promise<number> {
  const out = (text: string) => io.out(`${text}\n`);
  const json = (value: unknown) => out(JSON.stringify(value, null, 2));
  switch (c.command) {
    case 'import': {
      let parsed;
      try {
        parsed = await readImportPath(c.path);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
      io.err(`Läser in ${Object.keys(parsed.tables).length} tabeller från ${c.path}…\n`);
      for (const w of parsed.warnings) io.err(`Varning: ${w}\n`);
      const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: c.dryRun });
      if (c.json) json({ dryRun: result.dryRun, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected });
      else out(importSummary(result));
      return result.rejected.length > 0 ? 1 : 0;
    }
    case 'gaps': {
      const r = await getGapReport(SYSTEM_VIEWER, c);
      if (c.json) json(r);
      else out(table(['roll', 'krav', 'förväntade', 'skattade', 'medelnivå', 'medelgap', 'når kravet', 'gapvolym', 'täckning'],
        r.rows.map((x) => [x.role ?? 'alla', x.requirement, x.expected ?? '–', x.assessed ?? '–', num(x.meanLevel), num(x.meanGap), pct(x.meetsShare), x.gapVolume ?? '–', pct(x.coverage)])));
      return 0;
    }
    case 'priorities': {
      const r = await getPriorityReport(SYSTEM_VIEWER, c);
      if (c.json) json(r);
      else out(table(['krav', 'prioritet', 'gapvolym', 'skattade', 'utbildningar'],
        r.rows.map((x) => [x.requirement, x.priority ?? '–', x.gapVolume ?? '–', x.assessed ?? '–', x.courses.join(', ') || '–'])));
      return 0;
    }
    case 'effect': {
      const r = await getEffectReport(SYSTEM_VIEWER, c);
      if (c.json) json(r);
      else if (r.notYet) out(`${r.question} i ${r.unit}, ${r.round}: effektsiffrorna finns från ${r.figuresFrom}, dagen efter att omgången stänger`);
      else if (r.suppressed) out(`${r.question} i ${r.unit}, ${r.round}: dold (färre än ${r.k} svar, eller kan räknas fram ur andra grupper)`);
      else out(`${r.question} i ${r.unit}, ${r.round}: n ${r.n}, medel ${num(r.mean)}, instämmer ${pct(r.shareAgree)}, fördelning 1–5: ${r.distribution?.join(' / ')}`);
      return 0;
    }
    case 'uptake': {
      const r = await getUptakeReport(SYSTEM_VIEWER, c);
      if (c.json) json(r);
      else {
        out(`${r.unit} ${r.from}–${r.to}: ${r.completedDigital} av ${r.population} har gått en digital utbildning (${pct(r.share)})`);
        out(table(['månad', 'avslutade'], r.byMonth.map((m) => [m.month, m.completions])));
      }
      return 0;
    }
    case 'response': {
      const r = await getResponseReport(SYSTEM_VIEWER, c);
      if (c.json) json(r);
      else out(`${r.unit}, ${r.round}: ${r.responded} av ${r.population} har svarat (${pct(r.rate)})`);
      return 0;
    }
    case 'retention': {
      const r = await runRetentionSweep(SYSTEM_VIEWER, { dryRun: c.dryRun, trigger: 'kommandoraden' });
      if (c.json) json(r);
      else out(retentionSummary(r));
      return 0;
    }
  }
}

