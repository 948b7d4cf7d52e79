import { sql, type SQL } from 'drizzle-orm';
import type { AssessmentRow, EffectResponseRow } from '@/lib/validation/import-rows';
import { queryRows } from '../../client';
import { arrayLiteral } from '../array-literal';
import { keyOf } from '../classify';
import type { ImportContext } from '../context';
import type { DbRow, Located, TableSpec } from '../table-spec';

/** Loads every person's current unit and role; answer rows without them take these. */
export async function loadCurrentPlacement(ctx: ImportContext): Promise<void> {
  const rows = await queryRows<{ id: number; unit_id: number; role_id: number }>(ctx.tx, sql`select id, unit_id, role_id from people`);
  ctx.currentPlacement = new Map(rows.map((r) => [r.id, { unitId: r.unit_id, roleId: r.role_id }]));
}

/** Stored answers of the rounds the rows name (a row of an unknown round is rejected anyway). */
function ofTheirRounds(ctx: ImportContext, values: Array<{ roundCode: string }>): SQL {
  const rounds = ctx.ids_('round');
  const ids = new Set<number>();
  for (const v of values) {
    const id = rounds.get(v.roundCode);
    if (id !== undefined) ids.add(id);
  }
  return sql`round_id = any(${arrayLiteral([...ids])}::int[])`;
}

/** Unit and role named on the row, if any: null means "not given", resolved later. */
function contextOf(ctx: ImportContext, v: { unitCode: string | null; roleCode: string | null }, at: Located) {
  const unit = v.unitCode === null ? null : ctx.resolve('unit', v.unitCode, at, 'unit_code');
  const role = v.roleCode === null ? null : ctx.resolve('role', v.roleCode, at, 'role_code');
  return { unit, role, ok: unit !== undefined && role !== undefined };
}

/**
 * A stored answer's unit and role are never overwritten by a row that carries none; a new
 * answer without them takes the person's current ones (after this import's people file).
 */
function keepContext(ctx: ImportContext, values: DbRow, stored: DbRow | undefined): DbRow {
  // `values` is the row's own, fresh from `resolve`: filled in place (one object per answer, not two).
  if (values.unit_id === null || values.role_id === null) {
    const current = ctx.currentPlacement.get(Number(values.person_id));
    values.unit_id ??= stored?.unit_id ?? current?.unitId ?? null;
    values.role_id ??= stored?.role_id ?? current?.roleId ?? null;
  }
  return values;
}

export const assessmentsSpec: TableSpec<AssessmentRow> = {
  table: 'assessments',
  sqlTable: 'assessments',
  keyColumn: 'requirement_code',
  insertColumns: [
    { name: 'round_id', type: 'int' }, { name: 'person_id', type: 'int' }, { name: 'requirement_id', type: 'int' },
    { name: 'level', type: 'smallint' }, { name: 'source', type: 'assessment_source' }, { name: 'assessed_on', type: 'date' },
    { name: 'unit_id', type: 'int' }, { name: 'role_id', type: 'int' },
  ],
  updateColumns: [{ name: 'level', type: 'smallint' }, { name: 'unit_id', type: 'int' }, { name: 'role_id', type: 'int' }],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, round_id, person_id, requirement_id, level, source::text as source,
    assessed_on::text as assessed_on, unit_id, role_id from assessments`,
  storedKey: (row) =>
    keyOf(Number(row.round_id), Number(row.person_id), Number(row.requirement_id), String(row.source), row.assessed_on === null ? null : String(row.assessed_on)),
  resolve: (ctx, v, at) => {
    const round = ctx.resolve('round', v.roundCode, at, 'round_code');
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    const req = ctx.resolve('requirement', v.requirementCode, at, 'requirement_code');
    const c = contextOf(ctx, v, at);
    if (round === undefined || person === undefined || req === undefined || !c.ok) return null;
    return {
      key: keyOf(round, person, req, v.source, v.assessedOn),
      values: {
        round_id: round, person_id: person, requirement_id: req, level: v.level, source: v.source,
        assessed_on: v.assessedOn, unit_id: c.unit ?? null, role_id: c.role ?? null,
      },
    };
  },
  storedFor: ofTheirRounds,
  complete: keepContext,
  touch: true,
};

export const effectResponsesSpec: TableSpec<EffectResponseRow> = {
  table: 'effect_responses',
  sqlTable: 'effect_responses',
  keyColumn: 'question_code',
  insertColumns: [
    { name: 'round_id', type: 'int' }, { name: 'person_id', type: 'int' }, { name: 'question_id', type: 'int' },
    { name: 'value', type: 'smallint' }, { name: 'unit_id', type: 'int' }, { name: 'role_id', type: 'int' },
  ],
  updateColumns: [{ name: 'value', type: 'smallint' }, { name: 'unit_id', type: 'int' }, { name: 'role_id', type: 'int' }],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, round_id, person_id, question_id, value, unit_id, role_id from effect_responses`,
  storedKey: (row) => keyOf(Number(row.round_id), Number(row.person_id), Number(row.question_id)),
  resolve: (ctx, v, at) => {
    const round = ctx.resolve('round', v.roundCode, at, 'round_code');
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    const question = ctx.resolve('question', v.questionCode, at, 'question_code');
    const c = contextOf(ctx, v, at);
    if (round === undefined || person === undefined || question === undefined || !c.ok) return null;
    return {
      key: keyOf(round, person, question),
      values: { round_id: round, person_id: person, question_id: question, value: v.value, unit_id: c.unit ?? null, role_id: c.role ?? null },
    };
  },
  storedFor: ofTheirRounds,
  complete: keepContext,
  touch: true,
};
