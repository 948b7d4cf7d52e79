import { z } from 'zod';
import {
  ASSESSMENT_SOURCES,
  COURSE_FORMATS,
  COURSE_QUALIFICATIONS,
  DEFAULT_WEIGHT,
  EMPLOYMENT_TYPES,
  GENDERS,
  MAX_LEVEL,
  MAX_WEIGHT,
  MIN_REQUIRED_LEVEL,
  MIN_WEIGHT,
  ROUND_KINDS,
  UNIT_KINDS,
  USER_ROLES,
} from '@/lib/domain/enums';
import { INDICATOR_KINDS, INDICATOR_SCALE } from '@/lib/domain/indicators';
import { TRANSLATION_FIELDS, TRANSLATION_KINDS } from '@/lib/domain/languages';
import { TABLE_COLUMNS } from '@/lib/import/table-columns';
import type { ImportProblem, ImportTable, RawTable } from '@/lib/import/types';
import { cells } from './import-cells';
import type { ImportRowOf, ImportRows } from './import-row-types';

export type * from './import-row-types';

export const BAD_GENDER = 'gender ska vara kvinna, man eller annat';

const MIN_EFFECT_VALUE = 1;
const MAX_EFFECT_VALUE = 5;

type Ctx = z.core.$RefinementCtx;

/** A date pair in the wrong order is reported on the later column, where the fix goes. */
function checkOrder(
  ctx: Ctx,
  first: string | null,
  then: string | null,
  column: string,
  reason: string,
): void {
  if (first !== null && then !== null && then < first) {
    ctx.addIssue({ code: 'custom', message: reason, path: [column] });
  }
}

// Keys are the file's column names (as in TABLE_COLUMNS); the transform gives the row value.
export const IMPORT_ROW_SCHEMAS: { [T in ImportTable]: z.ZodType<ImportRows[T]> } = {
  units: z
    .object({
      code: cells.text,
      name: cells.text,
      parent_code: cells.optionalText,
      kind: cells.enumWithDefault(UNIT_KINDS, 'enhet'),
    })
    .transform((c) => ({ code: c.code, name: c.name, parentCode: c.parent_code, kind: c.kind })),

  roles: z.object({ code: cells.text, name: cells.text }),

  requirements: z.object({
    code: cells.text,
    name: cells.text,
    framework: cells.optionalText,
    area: cells.optionalText,
    description: cells.optionalText,
  }),

  role_requirements: z
    .object({
      role_code: cells.text,
      requirement_code: cells.text,
      required_level: cells.integer(MIN_REQUIRED_LEVEL, MAX_LEVEL),
      weight: cells.integerWithDefault(MIN_WEIGHT, MAX_WEIGHT, DEFAULT_WEIGHT),
    })
    .transform((c) => ({
      roleCode: c.role_code,
      requirementCode: c.requirement_code,
      requiredLevel: c.required_level,
      weight: c.weight,
    })),

  people: z
    .object({
      employee_id: cells.text,
      name: cells.text,
      unit_code: cells.text,
      role_code: cells.text,
      email: cells.optionalEmail,
      employment: cells.optionalEnum(EMPLOYMENT_TYPES),
      start_date: cells.optionalDate,
      end_date: cells.optionalDate,
      gender: cells.optionalEnum(GENDERS, BAD_GENDER),
    })
    .transform((c, ctx) => {
      checkOrder(ctx, c.start_date, c.end_date, 'end_date', 'slutdatumet ligger före startdatumet');
      return {
        employeeId: c.employee_id,
        name: c.name,
        unitCode: c.unit_code,
        roleCode: c.role_code,
        email: c.email,
        employment: c.employment,
        startDate: c.start_date,
        endDate: c.end_date,
        gender: c.gender,
      };
    }),

  rounds: z
    .object({
      code: cells.text,
      name: cells.text,
      opens_on: cells.date,
      closes_on: cells.date,
      kind: cells.enumWithDefault(ROUND_KINDS, 'kombinerad'),
    })
    .transform((c, ctx) => {
      const reason = 'stängningsdatumet ligger före öppningsdatumet';
      checkOrder(ctx, c.opens_on, c.closes_on, 'closes_on', reason);
      return {
        code: c.code,
        name: c.name,
        opensOn: c.opens_on,
        closesOn: c.closes_on,
        kind: c.kind,
      };
    }),

  invitations: z
    .object({ round_code: cells.text, employee_id: cells.text })
    .transform((c) => ({ roundCode: c.round_code, employeeId: c.employee_id })),

  assessments: z
    .object({
      round_code: cells.text,
      employee_id: cells.text,
      requirement_code: cells.text,
      level: cells.level,
      source: cells.enumWithDefault(ASSESSMENT_SOURCES, 'self'),
      assessed_on: cells.optionalDate,
      unit_code: cells.optionalText,
      role_code: cells.optionalText,
    })
    .transform((c) => ({
      roundCode: c.round_code,
      employeeId: c.employee_id,
      requirementCode: c.requirement_code,
      level: c.level,
      source: c.source,
      assessedOn: c.assessed_on,
      unitCode: c.unit_code,
      roleCode: c.role_code,
    })),

  effect_questions: z.object({
    code: cells.text,
    text: cells.text,
    indicator: cells.optionalText,
  }),

  effect_responses: z
    .object({
      round_code: cells.text,
      employee_id: cells.text,
      question_code: cells.text,
      value: cells.integer(MIN_EFFECT_VALUE, MAX_EFFECT_VALUE),
      unit_code: cells.optionalText,
      role_code: cells.optionalText,
    })
    .transform((c) => ({
      roundCode: c.round_code,
      employeeId: c.employee_id,
      questionCode: c.question_code,
      value: c.value,
      unitCode: c.unit_code,
      roleCode: c.role_code,
    })),

  courses: z
    .object({
      code: cells.text,
      name: cells.text,
      format: cells.enumValue(COURSE_FORMATS),
      hours: cells.optionalHours,
      provider: cells.optionalText,
      url: cells.optionalUrl,
      // `språkombud` reads as `sprakombud`: enum cells ignore case and diacritics.
      qualifies_as: cells.optionalEnum(COURSE_QUALIFICATIONS),
    })
    .transform((c) => ({
      code: c.code,
      name: c.name,
      format: c.format,
      hours: c.hours,
      provider: c.provider,
      url: c.url,
      qualifiesAs: c.qualifies_as,
    })),

  course_requirements: z
    .object({
      course_code: cells.text,
      requirement_code: cells.text,
      target_level: cells.integer(MIN_REQUIRED_LEVEL, MAX_LEVEL),
    })
    .transform((c) => ({
      courseCode: c.course_code,
      requirementCode: c.requirement_code,
      targetLevel: c.target_level,
    })),

  enrolments: z
    .object({
      employee_id: cells.text,
      course_code: cells.text,
      enrolled_on: cells.optionalDate,
      completed_on: cells.optionalDate,
    })
    .transform((c) => ({
      employeeId: c.employee_id,
      courseCode: c.course_code,
      enrolledOn: c.enrolled_on,
      completedOn: c.completed_on,
    })),

  projects: z
    .object({
      code: cells.text,
      name: cells.text,
      starts_on: cells.date,
      ends_on: cells.date,
      planned_participants: cells.optionalCount,
      diary_number: cells.optionalText,
    })
    .transform((c, ctx) => {
      checkOrder(ctx, c.starts_on, c.ends_on, 'ends_on', 'slutdatumet ligger före startdatumet');
      return {
        code: c.code,
        name: c.name,
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        plannedParticipants: c.planned_participants,
        diaryNumber: c.diary_number,
      };
    }),

  project_participants: z
    .object({ project_code: cells.text, employee_id: cells.text, joined_on: cells.optionalDate })
    .transform((c) => ({
      projectCode: c.project_code,
      employeeId: c.employee_id,
      joinedOn: c.joined_on,
    })),

  project_indicators: z
    .object({
      project_code: cells.text,
      code: cells.text,
      kind: cells.enumValue(INDICATOR_KINDS),
      name: cells.optionalText,
      target: cells.optionalNumber,
      baseline_round: cells.optionalText,
      follow_up_round: cells.optionalText,
      area: cells.optionalText,
      question_code: cells.optionalText,
      position: cells.optionalCount,
    })
    .superRefine((c, ctx) => {
      // What belongs to one kind only is refused on the others rather than silently dropped.
      if (c.kind === 'effect_question' && c.question_code === null) {
        ctx.addIssue({ code: 'custom', message: 'en indikator av kind effect_question behöver question_code', path: ['question_code'] });
      }
      if (c.kind !== 'effect_question' && c.question_code !== null) {
        ctx.addIssue({ code: 'custom', message: 'question_code gäller bara kind effect_question', path: ['question_code'] });
      }
      if (c.kind !== 'gap_closure' && c.area !== null) {
        ctx.addIssue({ code: 'custom', message: 'area gäller bara kind gap_closure', path: ['area'] });
      }
      if (INDICATOR_SCALE[c.kind] === 'share' && c.target !== null && c.target > 1) {
        ctx.addIssue({ code: 'custom', message: 'målet är en andel och skrivs 0–1, t.ex. 0,7 för 70 %', path: ['target'] });
      }
    })
    .transform((c) => ({
      projectCode: c.project_code,
      code: c.code,
      kind: c.kind,
      name: c.name,
      target: c.target,
      baselineRoundCode: c.baseline_round,
      followUpRoundCode: c.follow_up_round,
      area: c.area,
      questionCode: c.question_code,
      position: c.position,
    })),

  introduction_items: z.object({ code: cells.text, name: cells.text }),

  introduction_completions: z
    .object({ employee_id: cells.text, item_code: cells.text, completed_on: cells.optionalDate })
    .transform((c) => ({ employeeId: c.employee_id, itemCode: c.item_code, completedOn: c.completed_on })),

  users: z
    .object({
      email: cells.email,
      name: cells.text,
      role: cells.enumValue(USER_ROLES),
      unit_code: cells.optionalText,
      project_code: cells.optionalText,
      employee_id: cells.optionalText,
    })
    .superRefine((c, ctx) => {
      // Each role needs what its scope is made of.
      if (c.role === 'chef' && c.unit_code === null) ctx.addIssue({ code: 'custom', message: 'en enhetschef behöver unit_code', path: ['unit_code'] });
      if (c.role === 'steering' && c.project_code === null) ctx.addIssue({ code: 'custom', message: 'en styrgruppsmedlem behöver project_code', path: ['project_code'] });
      if (c.role === 'staff' && c.employee_id === null) ctx.addIssue({ code: 'custom', message: 'en medarbetare behöver employee_id', path: ['employee_id'] });
    })
    .transform((c) => ({
      email: c.email.toLowerCase(),
      name: c.name,
      role: c.role,
      unitCode: c.role === 'chef' ? c.unit_code : null,
      projectCode: c.role === 'steering' ? c.project_code : null,
      employeeId: c.employee_id,
    })),

  translations: z.object({
    kind: cells.enumValue(TRANSLATION_KINDS),
    code: cells.text,
    field: cells.enumValue(TRANSLATION_FIELDS),
    language: cells.languageCode,
    text: cells.text,
  }),
};

export interface ValidatedTable<T extends ImportTable> {
  rows: Array<{ line: number; value: ImportRowOf<T> }>;
  problems: ImportProblem[];
}

/**
 * Checks every row of one table on its own (formats, ranges, required cells); references
 * between rows and duplicate keys are left to the writer, which sees the database.
 */
export function validateTable<T extends ImportTable>(
  raw: RawTable & { table: T },
): ValidatedTable<T> {
  const columns = TABLE_COLUMNS[raw.table];
  const missing = columns.filter((c) => c.required && !raw.columns.includes(c.name));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: missing.map((c) => ({
        file: raw.file,
        line: 1,
        column: c.name,
        reason: 'kolumnen saknas',
      })),
    };
  }

  const schema = IMPORT_ROW_SCHEMAS[raw.table] as z.ZodType<ImportRowOf<T>>;
  const names = columns.map((c) => c.name);
  const rows: ValidatedTable<T>['rows'] = [];
  const problems: ImportProblem[] = [];
  for (const row of raw.rows) {
    // Optional columns absent from the file read as empty cells. (A plain loop: this runs for
    // every row of an import, and Object.fromEntries over mapped pairs allocates twice as much.)
    const input: Record<string, string | null> = {};
    for (const name of names) input[name] = row.cells[name] ?? null;
    const result = schema.safeParse(input);
    if (result.success) {
      rows.push({ line: row.line, value: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = issue.path[0];
      problems.push({
        file: raw.file,
        line: row.line,
        column: typeof column === 'string' ? column : null,
        reason: issue.message,
      });
    }
  }
  return { rows, problems };
}
