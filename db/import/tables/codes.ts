import { sql } from 'drizzle-orm';
import type {
  CourseRow, EffectQuestionRow, IntroductionItemRow, ProjectIndicatorRow, ProjectRow, RoleRow, RoundRow, TranslationRow,
} from '@/lib/validation/import-rows';
import { keyOf } from '../classify';
import type { TableSpec } from '../table-spec';

const byCode = (row: Record<string, unknown>) => String(row.code);
const ID = [{ name: 'id', type: 'int' }];

export const rolesSpec: TableSpec<RoleRow> = {
  table: 'roles',
  sqlTable: 'roles',
  keyColumn: 'code',
  insertColumns: [{ name: 'code', type: 'text' }, { name: 'name', type: 'text' }],
  updateColumns: [{ name: 'name', type: 'text' }],
  whereColumns: ID,
  selectStored: sql`select id, code, name from roles`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({ key: v.code, values: { code: v.code, name: v.name } }),
  codes: { kind: 'role', column: 'code' },
};

export const roundsSpec: TableSpec<RoundRow> = {
  table: 'rounds',
  sqlTable: 'rounds',
  keyColumn: 'code',
  insertColumns: [
    { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'opens_on', type: 'date' },
    { name: 'closes_on', type: 'date' }, { name: 'kind', type: 'round_kind' },
  ],
  updateColumns: [
    { name: 'name', type: 'text' }, { name: 'opens_on', type: 'date' }, { name: 'closes_on', type: 'date' }, { name: 'kind', type: 'round_kind' },
  ],
  whereColumns: ID,
  selectStored: sql`select id, code, name, opens_on::text as opens_on, closes_on::text as closes_on, kind::text as kind from rounds`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({
    key: v.code,
    values: { code: v.code, name: v.name, opens_on: v.opensOn, closes_on: v.closesOn, kind: v.kind },
  }),
  codes: { kind: 'round', column: 'code' },
};

export const effectQuestionsSpec: TableSpec<EffectQuestionRow> = {
  table: 'effect_questions',
  sqlTable: 'effect_questions',
  keyColumn: 'code',
  insertColumns: [{ name: 'code', type: 'text' }, { name: 'text', type: 'text' }, { name: 'indicator', type: 'text' }],
  updateColumns: [{ name: 'text', type: 'text' }, { name: 'indicator', type: 'text' }],
  whereColumns: ID,
  selectStored: sql`select id, code, text, indicator from effect_questions`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({ key: v.code, values: { code: v.code, text: v.text, indicator: v.indicator } }),
  // A row without an indicator leaves a standard question's indicator as it is.
  complete: (_ctx, values, stored) => ({ ...values, indicator: values.indicator ?? stored?.indicator ?? null }),
  codes: { kind: 'question', column: 'code' },
};

export const coursesSpec: TableSpec<CourseRow> = {
  table: 'courses',
  sqlTable: 'courses',
  keyColumn: 'code',
  insertColumns: [
    { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'format', type: 'course_format' },
    { name: 'hours', type: 'numeric' }, { name: 'provider', type: 'text' }, { name: 'url', type: 'text' },
    { name: 'qualifies_as', type: 'text' },
  ],
  updateColumns: [
    { name: 'name', type: 'text' }, { name: 'format', type: 'course_format' }, { name: 'hours', type: 'numeric' },
    { name: 'provider', type: 'text' }, { name: 'url', type: 'text' }, { name: 'qualifies_as', type: 'text' },
  ],
  whereColumns: ID,
  selectStored: sql`select id, code, name, format::text as format, hours::float8 as hours, provider, url, qualifies_as from courses`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({
    key: v.code,
    values: {
      code: v.code, name: v.name, format: v.format, hours: v.hours, provider: v.provider, url: v.url, qualifies_as: v.qualifiesAs,
    },
  }),
  codes: { kind: 'course', column: 'code' },
};

export const projectsSpec: TableSpec<ProjectRow> = {
  table: 'projects',
  sqlTable: 'projects',
  keyColumn: 'code',
  insertColumns: [
    { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'starts_on', type: 'date' },
    { name: 'ends_on', type: 'date' }, { name: 'planned_participants', type: 'int' }, { name: 'diary_number', type: 'text' },
  ],
  updateColumns: [
    { name: 'name', type: 'text' }, { name: 'starts_on', type: 'date' }, { name: 'ends_on', type: 'date' }, { name: 'planned_participants', type: 'int' },
    { name: 'diary_number', type: 'text' },
  ],
  whereColumns: ID,
  selectStored: sql`select id, code, name, starts_on::text as starts_on, ends_on::text as ends_on, planned_participants, diary_number from projects`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({
    key: v.code,
    values: {
      code: v.code, name: v.name, starts_on: v.startsOn, ends_on: v.endsOn, planned_participants: v.plannedParticipants,
      diary_number: v.diaryNumber,
    },
  }),
  codes: { kind: 'project', column: 'code' },
};

const INDICATOR_FIELDS = [
  { name: 'kind', type: 'text' }, { name: 'name', type: 'text' }, { name: 'target', type: 'float8' },
  { name: 'baseline_round_id', type: 'int' }, { name: 'follow_up_round_id', type: 'int' }, { name: 'area', type: 'text' },
  { name: 'question_id', type: 'int' }, { name: 'position', type: 'int' },
];

export const projectIndicatorsSpec: TableSpec<ProjectIndicatorRow> = {
  table: 'project_indicators',
  sqlTable: 'project_indicators',
  keyColumn: 'code',
  insertColumns: [{ name: 'project_id', type: 'int' }, { name: 'code', type: 'text' }, ...INDICATOR_FIELDS],
  updateColumns: INDICATOR_FIELDS,
  whereColumns: ID,
  selectStored: sql`select id, project_id, code, kind, name, target, baseline_round_id, follow_up_round_id, area, question_id, position
    from project_indicators`,
  storedKey: (row) => keyOf(Number(row.project_id), String(row.code)),
  resolve: (ctx, v, at) => {
    const project = ctx.resolve('project', v.projectCode, at, 'project_code');
    const optional = (kind: 'round' | 'question', code: string | null, column: string) =>
      code === null ? null : ctx.resolve(kind, code, at, column);
    const baseline = optional('round', v.baselineRoundCode, 'baseline_round');
    const followUp = optional('round', v.followUpRoundCode, 'follow_up_round');
    const question = optional('question', v.questionCode, 'question_code');
    if (project === undefined || baseline === undefined || followUp === undefined || question === undefined) return null;
    return {
      key: keyOf(project, v.code),
      values: {
        project_id: project, code: v.code, kind: v.kind, name: v.name, target: v.target,
        baseline_round_id: baseline, follow_up_round_id: followUp, area: v.area, question_id: question, position: v.position,
      },
    };
  },
  // An empty position keeps a stored indicator where it is; a new one gets the column's default, 0.
  complete: (_ctx, values, stored) => ({ ...values, position: values.position ?? stored?.position ?? 0 }),
};

export const introductionItemsSpec: TableSpec<IntroductionItemRow> = {
  table: 'introduction_items',
  sqlTable: 'introduction_items',
  keyColumn: 'code',
  insertColumns: [{ name: 'code', type: 'text' }, { name: 'name', type: 'text' }],
  updateColumns: [{ name: 'name', type: 'text' }],
  whereColumns: ID,
  selectStored: sql`select id, code, name from introduction_items`,
  storedKey: byCode,
  resolve: (_ctx, v) => ({ key: v.code, values: { code: v.code, name: v.name } }),
  codes: { kind: 'introduction_item', column: 'code' },
};

export const translationsSpec: TableSpec<TranslationRow> = {
  table: 'translations',
  sqlTable: 'translations',
  keyColumn: 'language',
  insertColumns: [
    { name: 'kind', type: 'text' }, { name: 'code', type: 'text' }, { name: 'field', type: 'text' },
    { name: 'language', type: 'text' }, { name: 'text', type: 'text' },
  ],
  updateColumns: [{ name: 'text', type: 'text' }],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, kind, code, field, language, text from translations`,
  storedKey: (row) => keyOf(String(row.kind), String(row.code), String(row.field), String(row.language)),
  // Translations name codes loosely (a level number, an area name), so they are not resolved.
  resolve: (_ctx, v) => ({
    key: keyOf(v.kind, v.code, v.field, v.language),
    values: { kind: v.kind, code: v.code, field: v.field, language: v.language, text: v.text },
  }),
};
