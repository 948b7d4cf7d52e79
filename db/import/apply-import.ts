import { IMPORT_TABLES, type ImportProblem, type ImportTable, type ParsedImport, type RawTable } from '@/lib/import/types';
import { validateTable, type ImportRowOf } from '@/lib/validation/import-rows';
import type { Db } from '../client';
import { rebuildAllRollups } from '../writes/rollups';
import { ImportContext } from './context';
import { importTable } from './table-spec';
import { assessmentsSpec, effectResponsesSpec, loadCurrentPlacement } from './tables/answers';
import {
  coursesSpec, effectQuestionsSpec, introductionItemsSpec, projectIndicatorsSpec, projectsSpec, roundsSpec, rolesSpec, translationsSpec,
} from './tables/codes';
import { enrolmentsSpec, introductionCompletionsSpec, invitationsSpec, peopleSpec, projectParticipantsSpec } from './tables/people';
import { courseRequirementsSpec, ensureFrameworks, requirementsSpec, roleRequirementsSpec } from './tables/requirements';
import { importUnits } from './tables/units';
import { importUsers } from './tables/users';
import type { ValidatedTable } from './validated';

export interface ImportResult {
  dryRun: boolean;
  /** Rows created per table (only tables with any). */
  created: Partial<Record<ImportTable, number>>;
  /** Rows whose stored values changed. */
  updated: Partial<Record<ImportTable, number>>;
  /** Rows that were already stored exactly so. */
  unchanged: Partial<Record<ImportTable, number>>;
  rejected: ImportProblem[];
  warnings: string[];
}

type Validated = { [T in ImportTable]?: ValidatedTable<ImportRowOf<T>> };

/**
 * One table checked (its rows validated) or written (inside the transaction; a dry run writes
 * too, then rolls back). `done` of `total` tables in this import. Lets a page show progress.
 */
export interface ImportStepProgress {
  phase: 'checking' | 'writing';
  table: ImportTable;
  done: number;
  total: number;
}
export type ImportProgressListener = (step: ImportStepProgress) => void | Promise<void>;

export interface ApplyImportOptions {
  dryRun: boolean;
  onProgress?: ImportProgressListener;
}

class RollBack extends Error {}

/**
 * Stores an import all or nothing: every table is written in one transaction, in the order
 * of IMPORT.md, so later tables can refer to rows of earlier ones; any rejected row (or a
 * dry run) rolls the whole transaction back. A dry run therefore reports exactly what a real
 * run would do.
 */
export async function applyImport(db: Db, parsed: ParsedImport, options: ApplyImportOptions): Promise<ImportResult> {
  const problems: ImportProblem[] = [...parsed.problems];
  const validated: Validated = {};
  const present = IMPORT_TABLES.filter((t) => parsed.tables[t]);
  for (const table of present) {
    const raw = parsed.tables[table] as RawTable & { table: typeof table };
    const result = validateTable(raw);
    // A loop, not push(...problems): spreading hundreds of thousands of arguments overflows the stack.
    for (const problem of result.problems) problems.push(problem);
    (validated as Record<string, ValidatedTable<unknown>>)[table] = { file: raw.file, rows: result.rows };
    await options.onProgress?.({ phase: 'checking', table, done: present.indexOf(table) + 1, total: present.length });
  }

  const result: ImportResult = { dryRun: options.dryRun, created: {}, updated: {}, unchanged: {}, rejected: [], warnings: [...parsed.warnings] };
  if (parsed.problems.length > 0) {
    result.rejected = sortProblems(problems, parsed);
    return result;
  }

  let ctx: ImportContext | null = null;
  try {
    await db.transaction(async (tx) => {
      const c = new ImportContext(tx);
      ctx = c;
      await writeAll(c, validated, options.onProgress);
      if (problems.length > 0 || c.problems.length > 0 || options.dryRun) throw new RollBack();
      // Any table may move who counts where (units, people, rounds, invitations, answers): recount.
      await rebuildAllRollups(tx);
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const context = ctx as ImportContext | null;
  result.rejected = sortProblems([...problems, ...(context?.problems ?? [])], parsed);
  // A rejected import stores nothing, so it reports nothing created or updated.
  if (context && (result.rejected.length === 0 || options.dryRun)) {
    for (const [table, counts] of context.counts) {
      if (counts.created) result.created[table] = counts.created;
      if (counts.updated) result.updated[table] = counts.updated;
      if (counts.unchanged) result.unchanged[table] = counts.unchanged;
    }
  }
  return result;
}

async function writeAll(ctx: ImportContext, v: Validated, onProgress?: ImportProgressListener): Promise<void> {
  const present = IMPORT_TABLES.filter((t) => v[t]);
  let done = 0;
  const step = async (table: ImportTable, write: () => Promise<void>) => {
    await write();
    if (v[table]) await onProgress?.({ phase: 'writing', table, done: ++done, total: present.length });
  };
  await step('units', () => importUnits(ctx, v.units));
  await step('roles', () => importTable(ctx, rolesSpec, v.roles));
  await ensureFrameworks(ctx, v.requirements);
  await step('requirements', () => importTable(ctx, requirementsSpec, v.requirements));
  await step('role_requirements', () => importTable(ctx, roleRequirementsSpec, v.role_requirements));
  await step('people', () => importTable(ctx, peopleSpec, v.people));
  await step('rounds', () => importTable(ctx, roundsSpec, v.rounds));
  await step('invitations', () => importTable(ctx, invitationsSpec, v.invitations));
  await loadCurrentPlacement(ctx);
  await step('assessments', () => importTable(ctx, assessmentsSpec, v.assessments));
  await step('effect_questions', () => importTable(ctx, effectQuestionsSpec, v.effect_questions));
  await step('effect_responses', () => importTable(ctx, effectResponsesSpec, v.effect_responses));
  await step('courses', () => importTable(ctx, coursesSpec, v.courses));
  await step('course_requirements', () => importTable(ctx, courseRequirementsSpec, v.course_requirements));
  await step('enrolments', () => importTable(ctx, enrolmentsSpec, v.enrolments));
  await step('projects', () => importTable(ctx, projectsSpec, v.projects));
  await step('project_participants', () => importTable(ctx, projectParticipantsSpec, v.project_participants));
  await step('project_indicators', () => importTable(ctx, projectIndicatorsSpec, v.project_indicators));
  await step('introduction_items', () => importTable(ctx, introductionItemsSpec, v.introduction_items));
  await step('introduction_completions', () => importTable(ctx, introductionCompletionsSpec, v.introduction_completions));
  await step('users', () => importUsers(ctx, v.users));
  await step('translations', () => importTable(ctx, translationsSpec, v.translations));
}

/** Problems in table order, then line, so a person can work through the files top to bottom. */
function sortProblems(problems: ImportProblem[], parsed: ParsedImport): ImportProblem[] {
  const order = new Map<string, number>();
  IMPORT_TABLES.forEach((t, i) => {
    const file = parsed.tables[t]?.file;
    if (file) order.set(file, i);
  });
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.file) ?? -1) - (order.get(b.p.file) ?? -1) || a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}
