import type { ImportTable } from './types';

// The readers need the known columns to warn about unknown ones, and validation needs the
// required ones; keeping both in one list stops the two from drifting apart.

export interface TableColumn {
  name: string;
  required: boolean;
}

const col = (name: string, required = false): TableColumn => ({ name, required });

export const TABLE_COLUMNS: Record<ImportTable, readonly TableColumn[]> = {
  units: [col('code', true), col('name', true), col('parent_code'), col('kind')],
  roles: [col('code', true), col('name', true)],
  requirements: [
    col('code', true),
    col('name', true),
    col('framework'),
    col('area'),
    col('description'),
  ],
  role_requirements: [
    col('role_code', true),
    col('requirement_code', true),
    col('required_level', true),
    col('weight'),
  ],
  people: [
    col('employee_id', true),
    col('name', true),
    col('unit_code', true),
    col('role_code', true),
    col('email'),
    col('employment'),
    col('start_date'),
    col('end_date'),
    col('gender'),
  ],
  rounds: [
    col('code', true),
    col('name', true),
    col('opens_on', true),
    col('closes_on', true),
    col('kind'),
  ],
  invitations: [col('round_code', true), col('employee_id', true)],
  assessments: [
    col('round_code', true),
    col('employee_id', true),
    col('requirement_code', true),
    col('level', true),
    col('source'),
    col('assessed_on'),
    col('unit_code'),
    col('role_code'),
  ],
  effect_questions: [col('code', true), col('text', true), col('indicator')],
  effect_responses: [
    col('round_code', true),
    col('employee_id', true),
    col('question_code', true),
    col('value', true),
    col('unit_code'),
    col('role_code'),
  ],
  courses: [
    col('code', true),
    col('name', true),
    col('format', true),
    col('hours'),
    col('url'),
    col('provider'),
    col('qualifies_as'),
  ],
  course_requirements: [
    col('course_code', true),
    col('requirement_code', true),
    col('target_level', true),
  ],
  enrolments: [
    col('employee_id', true),
    col('course_code', true),
    col('enrolled_on'),
    col('completed_on'),
  ],
  projects: [
    col('code', true),
    col('name', true),
    col('starts_on', true),
    col('ends_on', true),
    col('planned_participants'),
    col('diary_number'),
  ],
  project_participants: [col('project_code', true), col('employee_id', true), col('joined_on')],
  project_indicators: [
    col('project_code', true),
    col('code', true),
    col('kind', true),
    col('name'),
    col('target'),
    col('baseline_round'),
    col('follow_up_round'),
    col('area'),
    col('question_code'),
    col('position'),
  ],
  introduction_items: [col('code', true), col('name', true)],
  introduction_completions: [col('employee_id', true), col('item_code', true), col('completed_on')],
  users: [
    col('email', true),
    col('name', true),
    col('role', true),
    col('unit_code'),
    col('project_code'),
    col('employee_id'),
  ],
  translations: [col('kind', true), col('code', true), col('field', true), col('language', true), col('text', true)],
};

export function isKnownColumn(table: ImportTable, name: string): boolean {
  return TABLE_COLUMNS[table].some((c) => c.name === name);
}
