import { sql } from 'drizzle-orm';
import type { EnrolmentRow, IntroductionCompletionRow, InvitationRow, PersonRow, ProjectParticipantRow } from '@/lib/validation/import-rows';
import { keyOf } from '../classify';
import type { TableSpec } from '../table-spec';

export const peopleSpec: TableSpec<PersonRow> = {
  table: 'people',
  sqlTable: 'people',
  keyColumn: 'employee_id',
  insertColumns: [
    { name: 'employee_id', type: 'text' }, { name: 'name', type: 'text' }, { name: 'unit_id', type: 'int' },
    { name: 'role_id', type: 'int' }, { name: 'email', type: 'text' }, { name: 'employment', type: 'employment_type' },
    { name: 'start_date', type: 'date' }, { name: 'end_date', type: 'date' }, { name: 'gender', type: 'text' },
  ],
  updateColumns: [
    { name: 'name', type: 'text' }, { name: 'unit_id', type: 'int' }, { name: 'role_id', type: 'int' },
    { name: 'email', type: 'text' }, { name: 'employment', type: 'employment_type' },
    { name: 'start_date', type: 'date' }, { name: 'end_date', type: 'date' }, { name: 'gender', type: 'text' },
  ],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, employee_id, name, unit_id, role_id, email, employment::text as employment,
    start_date::text as start_date, end_date::text as end_date, gender from people`,
  storedKey: (row) => String(row.employee_id),
  resolve: (ctx, v, at) => {
    const unit = ctx.resolve('unit', v.unitCode, at, 'unit_code');
    const role = ctx.resolve('role', v.roleCode, at, 'role_code');
    if (unit === undefined || role === undefined) return null;
    return {
      key: v.employeeId,
      values: {
        employee_id: v.employeeId, name: v.name, unit_id: unit, role_id: role, email: v.email,
        employment: v.employment, start_date: v.startDate, end_date: v.endDate, gender: v.gender,
      },
    };
  },
  codes: { kind: 'person', column: 'employee_id' },
};

export const invitationsSpec: TableSpec<InvitationRow> = {
  table: 'invitations',
  sqlTable: 'invitations',
  keyColumn: 'employee_id',
  insertColumns: [{ name: 'round_id', type: 'int' }, { name: 'person_id', type: 'int' }],
  updateColumns: [],
  whereColumns: [{ name: 'round_id', type: 'int' }, { name: 'person_id', type: 'int' }],
  selectStored: sql`select round_id, person_id from invitations`,
  storedKey: (row) => keyOf(Number(row.round_id), Number(row.person_id)),
  resolve: (ctx, v, at) => {
    const round = ctx.resolve('round', v.roundCode, at, 'round_code');
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    if (round === undefined || person === undefined) return null;
    return { key: keyOf(round, person), values: { round_id: round, person_id: person } };
  },
};

export const enrolmentsSpec: TableSpec<EnrolmentRow> = {
  table: 'enrolments',
  sqlTable: 'enrolments',
  keyColumn: 'enrolled_on',
  insertColumns: [
    { name: 'person_id', type: 'int' }, { name: 'course_id', type: 'int' },
    { name: 'enrolled_on', type: 'date' }, { name: 'completed_on', type: 'date' },
  ],
  updateColumns: [{ name: 'completed_on', type: 'date' }],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, person_id, course_id, enrolled_on::text as enrolled_on, completed_on::text as completed_on from enrolments`,
  storedKey: (row) => keyOf(Number(row.person_id), Number(row.course_id), row.enrolled_on === null ? null : String(row.enrolled_on)),
  resolve: (ctx, v, at) => {
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    const course = ctx.resolve('course', v.courseCode, at, 'course_code');
    if (person === undefined || course === undefined) return null;
    return {
      key: keyOf(person, course, v.enrolledOn),
      values: { person_id: person, course_id: course, enrolled_on: v.enrolledOn, completed_on: v.completedOn },
    };
  },
};

export const projectParticipantsSpec: TableSpec<ProjectParticipantRow> = {
  table: 'project_participants',
  sqlTable: 'project_participants',
  keyColumn: 'employee_id',
  insertColumns: [{ name: 'project_id', type: 'int' }, { name: 'person_id', type: 'int' }, { name: 'joined_on', type: 'date' }],
  updateColumns: [{ name: 'joined_on', type: 'date' }],
  whereColumns: [{ name: 'project_id', type: 'int' }, { name: 'person_id', type: 'int' }],
  selectStored: sql`select project_id, person_id, joined_on::text as joined_on from project_participants`,
  storedKey: (row) => keyOf(Number(row.project_id), Number(row.person_id)),
  resolve: (ctx, v, at) => {
    const project = ctx.resolve('project', v.projectCode, at, 'project_code');
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    if (project === undefined || person === undefined) return null;
    return { key: keyOf(project, person), values: { project_id: project, person_id: person, joined_on: v.joinedOn } };
  },
};

export const introductionCompletionsSpec: TableSpec<IntroductionCompletionRow> = {
  table: 'introduction_completions',
  sqlTable: 'introduction_completions',
  keyColumn: 'item_code',
  insertColumns: [{ name: 'person_id', type: 'int' }, { name: 'item_id', type: 'int' }, { name: 'completed_on', type: 'date' }],
  updateColumns: [{ name: 'completed_on', type: 'date' }],
  whereColumns: [{ name: 'person_id', type: 'int' }, { name: 'item_id', type: 'int' }],
  selectStored: sql`select person_id, item_id, completed_on::text as completed_on from introduction_completions`,
  storedKey: (row) => keyOf(Number(row.person_id), Number(row.item_id)),
  resolve: (ctx, v, at) => {
    const person = ctx.resolve('person', v.employeeId, at, 'employee_id');
    const item = ctx.resolve('introduction_item', v.itemCode, at, 'item_code');
    if (person === undefined || item === undefined) return null;
    return { key: keyOf(person, item), values: { person_id: person, item_id: item, completed_on: v.completedOn } };
  },
};
