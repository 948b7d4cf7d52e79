import { describe, expect, it } from 'vitest';
import type { ImportTable, RawTable } from '@/lib/import/types';
import { IMPORT_TABLES } from '@/lib/import/types';
import { INDICATOR_KINDS } from '@/lib/domain/indicators';
import { DEMO_REFERENCE_DATE } from './constants';
import { DEMO_ANCHOR_DAY } from './calendar';
import { generateDemo } from './generate-demo';
import { CARE_ROLES, isInSubtree, type RoleCode } from './organisation';
import { AREAS } from './requirements';

const demo = generateDemo(DEMO_ANCHOR_DAY);

function table(name: ImportTable): RawTable {
  const t = demo.tables[name];
  if (!t) throw new Error(`missing table ${name}`);
  return t;
}

function cells(name: ImportTable): Record<string, string | null>[] {
  return table(name).rows.map((r) => r.cells);
}

function cell(row: Record<string, string | null>, column: string): string {
  const value = row[column];
  if (value === null || value === undefined) throw new Error(`empty ${column} in ${JSON.stringify(row)}`);
  return value;
}

function codes(name: ImportTable, column = 'code'): Set<string> {
  return new Set(cells(name).map((row) => cell(row, column)));
}

const REQUIRED: Partial<Record<ImportTable, string[]>> = {
  units: ['code', 'name'],
  roles: ['code', 'name'],
  requirements: ['code', 'name'],
  role_requirements: ['role_code', 'requirement_code', 'required_level'],
  people: ['employee_id', 'name', 'unit_code', 'role_code'],
  rounds: ['code', 'name', 'opens_on', 'closes_on'],
  invitations: ['round_code', 'employee_id'],
  assessments: ['round_code', 'employee_id', 'requirement_code'], // level may be empty ("vet ej")
  effect_responses: ['round_code', 'employee_id', 'question_code', 'value'],
  courses: ['code', 'name', 'format'],
  course_requirements: ['course_code', 'requirement_code', 'target_level'],
  enrolments: ['employee_id', 'course_code'],
  projects: ['code', 'name', 'starts_on', 'ends_on'],
  project_participants: ['project_code', 'employee_id'],
  project_indicators: ['project_code', 'code', 'kind'],
  introduction_items: ['code', 'name'],
  introduction_completions: ['employee_id', 'item_code'],
};

/** Keys per IMPORT.md "Keys" (and README for the tables beyond it). */
const KEYS: Partial<Record<ImportTable, string[]>> = {
  units: ['code'],
  roles: ['code'],
  requirements: ['code'],
  rounds: ['code'],
  courses: ['code'],
  projects: ['code'],
  people: ['employee_id'],
  role_requirements: ['role_code', 'requirement_code'],
  invitations: ['round_code', 'employee_id'],
  course_requirements: ['course_code', 'requirement_code'],
  project_participants: ['project_code', 'employee_id'],
  enrolments: ['employee_id', 'course_code', 'enrolled_on'],
  effect_responses: ['round_code', 'employee_id', 'question_code'],
  assessments: ['round_code', 'employee_id', 'requirement_code', 'source', 'assessed_on'],
  project_indicators: ['project_code', 'code'],
  introduction_items: ['code'],
  introduction_completions: ['employee_id', 'item_code'],
};

const PROJECT_UNITS = ['EXB-VO', 'EXB-SOC'];
const inProjectUnits = (unit: string | null) => unit !== null && PROJECT_UNITS.some((code) => isInSubtree(unit, code));

const STANDARD_QUESTIONS = new Set(['strengthened', 'knows_requirements', 'introduction', 'digital_access', 'learning_at_work']);
const DATE_COLUMNS = ['start_date', 'end_date', 'opens_on', 'closes_on', 'assessed_on', 'enrolled_on', 'completed_on', 'starts_on', 'ends_on', 'joined_on'];

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function meanGap(roundCode: string): number {
  const required = new Map(
    cells('role_requirements').map((r) => [`${cell(r, 'role_code')}|${cell(r, 'requirement_code')}`, Number(cell(r, 'required_level'))]),
  );
  const roleOf = new Map(cells('people').map((p) => [cell(p, 'employee_id'), cell(p, 'role_code')]));
  let sum = 0;
  let n = 0;
  for (const row of cells('assessments')) {
    if (row.round_code !== roundCode || row.level === null || row.level === undefined || !/^[0-4]$/.test(row.level)) continue;
    const role = row.role_code ?? roleOf.get(cell(row, 'employee_id'));
    const q = required.get(`${role}|${cell(row, 'requirement_code')}`);
    if (q === undefined) throw new Error(`role ${role} does not require ${row.requirement_code}`);
    sum += Math.max(0, q - Number(row.level));
    n++;
  }
  return sum / n;
}

describe('generateDemo', () => {
  it('is deterministic', () => {
    expect(generateDemo(DEMO_ANCHOR_DAY)).toEqual(demo);
  });

  it('is fast', () => {
    const started = performance.now();
    generateDemo(DEMO_ANCHOR_DAY);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('has the RawTable shape: lower-case columns, string or null cells, lines from 2', () => {
    expect(demo.problems).toEqual([]);
    expect(demo.tables.effect_questions).toBeUndefined();
    const problems: string[] = [];
    for (const [name, t] of Object.entries(demo.tables)) {
      expect(IMPORT_TABLES).toContain(name);
      expect(t.table).toBe(name);
      expect(t.file).toBe(`demo/${name}.csv`);
      for (const column of t.columns) expect(column).toBe(column.toLowerCase());
      t.rows.forEach((row, index) => {
        if (row.line !== index + 2) problems.push(`${name}: line ${row.line} at index ${index}`);
        if (Object.keys(row.cells).join() !== t.columns.join()) problems.push(`${name}:${row.line}: columns`);
        for (const value of Object.values(row.cells)) {
          if (value !== null && (typeof value !== 'string' || value === '' || value !== value.trim())) {
            problems.push(`${name}:${row.line}: cell ${JSON.stringify(value)}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('fills every required column and writes valid dates', () => {
    const problems: string[] = [];
    for (const [name, required] of Object.entries(REQUIRED) as [ImportTable, string[]][]) {
      for (const row of cells(name)) {
        for (const column of required) if (row[column] === null) problems.push(`${name}: empty ${column}`);
        for (const column of DATE_COLUMNS) {
          const value = row[column];
          if (value !== null && value !== undefined && !isValidDate(value)) problems.push(`${name}.${column}=${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses values in range', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const r of cells('units')) check(['region', 'kommun', 'forvaltning', 'omrade', 'enhet'].includes(cell(r, 'kind')), `kind ${r.kind}`);
    for (const r of cells('role_requirements')) {
      check(['1', '2', '3', '4'].includes(cell(r, 'required_level')), `required_level ${r.required_level}`);
      check(['1', '2', '3'].includes(cell(r, 'weight')), `weight ${r.weight}`);
    }
    for (const r of cells('people')) {
      check(['tillsvidare', 'visstid', 'timanstalld'].includes(cell(r, 'employment')), `employment ${r.employment}`);
      check(r.end_date === null || cell(r, 'end_date') > cell(r, 'start_date'), `end before start ${r.employee_id}`);
      check(cell(r, 'start_date') < '2026-11-01', `start ${r.start_date}`);
      check(r.gender === null || ['kvinna', 'man', 'annat'].includes(cell(r, 'gender')), `gender ${r.gender}`);
    }
    for (const r of cells('courses')) check(r.qualifies_as === null || ['handledare', 'sprakombud'].includes(cell(r, 'qualifies_as')), `qualifies_as ${r.qualifies_as}`);
    for (const r of cells('project_indicators')) {
      check((INDICATOR_KINDS as readonly string[]).includes(cell(r, 'kind')), `kind ${r.kind}`);
      check(/^\d+(\.\d+)?$/.test(cell(r, 'target')), `target ${r.target}`);
      check(r.area === null || r.kind === 'gap_closure', `area on ${r.kind}`);
    }
    for (const r of cells('assessments')) {
      check(['self', 'validated'].includes(cell(r, 'source')), `source ${r.source}`);
      check(r.level === null || ['0', '1', '2', '3', '4', 'vet ej', 'Vet ej', 'ej aktuellt'].includes(cell(r, 'level')), `level ${r.level}`);
    }
    for (const r of cells('effect_responses')) check(['1', '2', '3', '4', '5'].includes(cell(r, 'value')), `value ${r.value}`);
    for (const r of cells('courses')) check(['digital', 'fysisk', 'blandad'].includes(cell(r, 'format')), `format ${r.format}`);
    for (const r of cells('course_requirements')) check(['2', '3', '4'].includes(cell(r, 'target_level')), `target ${r.target_level}`);
    for (const r of cells('enrolments')) {
      check(r.completed_on === null || cell(r, 'completed_on') >= cell(r, 'enrolled_on'), `completed before enrolled`);
      check(cell(r, 'enrolled_on') >= '2025-01-01' && cell(r, 'enrolled_on') <= '2026-10-31', `enrolled ${r.enrolled_on}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives each role 4–9 requirements', () => {
    const count = new Map<string, number>();
    for (const r of cells('role_requirements')) count.set(cell(r, 'role_code'), (count.get(cell(r, 'role_code')) ?? 0) + 1);
    for (const role of codes('roles')) {
      expect(count.get(role) ?? 0).toBeGreaterThanOrEqual(4);
      expect(count.get(role) ?? 0).toBeLessThanOrEqual(9);
    }
  });

  it('has between 500 and 560 staff', () => {
    expect(cells('people').length).toBeGreaterThanOrEqual(500);
    expect(cells('people').length).toBeLessThanOrEqual(560);
  });

  it('resolves every foreign code', () => {
    const units = codes('units');
    const roles = codes('roles');
    const requirements = codes('requirements');
    const people = codes('people', 'employee_id');
    const rounds = codes('rounds');
    const courses = codes('courses');
    const projects = codes('projects');
    const problems: string[] = [];
    const resolve = (known: Set<string>, value: string | null | undefined, what: string) => {
      if (value === null || value === undefined || !known.has(value)) problems.push(`${what}: ${value}`);
    };
    const seenUnits = new Set<string>();
    for (const r of cells('units')) {
      if (r.parent_code !== null) resolve(seenUnits, r.parent_code, 'units.parent_code (parent first)');
      seenUnits.add(cell(r, 'code'));
    }
    for (const r of cells('role_requirements')) {
      resolve(roles, r.role_code, 'role_requirements.role_code');
      resolve(requirements, r.requirement_code, 'role_requirements.requirement_code');
    }
    for (const r of cells('people')) {
      resolve(units, r.unit_code, 'people.unit_code');
      resolve(roles, r.role_code, 'people.role_code');
    }
    for (const r of cells('invitations')) {
      resolve(rounds, r.round_code, 'invitations.round_code');
      resolve(people, r.employee_id, 'invitations.employee_id');
    }
    for (const name of ['assessments', 'effect_responses'] as const) {
      for (const r of cells(name)) {
        resolve(rounds, r.round_code, `${name}.round_code`);
        resolve(people, r.employee_id, `${name}.employee_id`);
        if (r.unit_code !== null) resolve(units, r.unit_code, `${name}.unit_code`);
        if (r.role_code !== null) resolve(roles, r.role_code, `${name}.role_code`);
      }
    }
    for (const r of cells('assessments')) resolve(requirements, r.requirement_code, 'assessments.requirement_code');
    for (const r of cells('effect_responses')) resolve(STANDARD_QUESTIONS, r.question_code, 'effect_responses.question_code');
    for (const r of cells('course_requirements')) {
      resolve(courses, r.course_code, 'course_requirements.course_code');
      resolve(requirements, r.requirement_code, 'course_requirements.requirement_code');
    }
    for (const r of cells('enrolments')) {
      resolve(people, r.employee_id, 'enrolments.employee_id');
      resolve(courses, r.course_code, 'enrolments.course_code');
    }
    for (const r of cells('project_participants')) {
      resolve(projects, r.project_code, 'project_participants.project_code');
      resolve(people, r.employee_id, 'project_participants.employee_id');
    }
    for (const r of cells('project_indicators')) {
      resolve(projects, r.project_code, 'project_indicators.project_code');
      if (r.baseline_round !== null) resolve(rounds, r.baseline_round, 'project_indicators.baseline_round');
      if (r.follow_up_round !== null) resolve(rounds, r.follow_up_round, 'project_indicators.follow_up_round');
      if (r.question_code !== null) resolve(STANDARD_QUESTIONS, r.question_code, 'project_indicators.question_code');
      if (r.area !== null) resolve(new Set(cells('requirements').map((q) => q.area ?? '')), r.area, 'project_indicators.area');
    }
    const items = codes('introduction_items');
    for (const r of cells('introduction_completions')) {
      resolve(people, r.employee_id, 'introduction_completions.employee_id');
      resolve(items, r.item_code, 'introduction_completions.item_code');
    }
    expect(problems).toEqual([]);
  });

  it('only assesses requirements of the role the person had in the round', () => {
    const required = new Set(cells('role_requirements').map((r) => `${r.role_code}|${r.requirement_code}`));
    const roleOf = new Map(cells('people').map((p) => [cell(p, 'employee_id'), cell(p, 'role_code')]));
    const wrong = cells('assessments').filter(
      (r) => !required.has(`${r.role_code ?? roleOf.get(cell(r, 'employee_id'))}|${r.requirement_code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no duplicate keys', () => {
    const duplicates: string[] = [];
    for (const [name, key] of Object.entries(KEYS) as [ImportTable, string[]][]) {
      const seen = new Set<string>();
      for (const row of cells(name)) {
        const k = key.map((column) => row[column] ?? '').join('|');
        if (seen.has(k)) duplicates.push(`${name}: ${k}`);
        seen.add(k);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has small and big units, and people placed on a non-leaf unit', () => {
    const perUnit = new Map<string, number>();
    for (const p of cells('people')) perUnit.set(cell(p, 'unit_code'), (perUnit.get(cell(p, 'unit_code')) ?? 0) + 1);
    const sizes = [...perUnit.values()];
    expect(sizes.some((n) => n >= 3 && n <= 6)).toBe(true);
    expect(sizes.some((n) => n >= 25)).toBe(true);
    const parents = new Set(cells('units').flatMap((u) => (u.parent_code ? [u.parent_code] : [])));
    expect(cells('people').some((p) => parents.has(cell(p, 'unit_code')))).toBe(true);
  });

  it('has two closed rounds with answers and one open round without, invitations for all but the first', () => {
    const rounds = cells('rounds');
    expect(rounds.map((r) => r.code)).toEqual(['KART-2025', 'KART-2026', 'KART-2026-H']);
    for (const r of rounds.slice(0, 2)) expect(cell(r, 'closes_on') < '2026-11-01').toBe(true);
    expect(cell(rounds[2]!, 'closes_on') > '2026-11-23').toBe(true);
    expect(new Set(cells('invitations').map((r) => r.round_code))).toEqual(new Set(['KART-2026', 'KART-2026-H']));
    expect(cells('assessments').some((a) => a.round_code === 'KART-2026-H')).toBe(false);
  });

  it('shows a lower mean gap in 2026 than in 2025', () => {
    const before = meanGap('KART-2025');
    const after = meanGap('KART-2026');
    expect(before).toBeGreaterThan(0.7);
    expect(before).toBeLessThan(1.3);
    expect(after).toBeLessThan(before - 0.2);
  });

  it('has answers that move unit or role between the rounds', () => {
    const moved = new Set(
      cells('assessments').filter((r) => r.round_code === 'KART-2025' && r.unit_code !== null).map((r) => r.employee_id),
    );
    expect(moved.size).toBeGreaterThanOrEqual(8);
    expect(moved.size).toBeLessThanOrEqual(12);
    expect(cells('assessments').some((r) => r.source === 'validated')).toBe(true);
    expect(cells('assessments').some((r) => r.level === null || r.level === 'vet ej' || r.level === 'ej aktuellt')).toBe(true);
  });

  it('has about 60% of staff as project participants', () => {
    const share = cells('project_participants').length / cells('people').length;
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(share).toBeLessThanOrEqual(0.7);
  });

  it('records gender for most people, mostly women, and leaves about 3% unknown', () => {
    const people = cells('people');
    const share = (g: string | null) => people.filter((p) => p.gender === g).length / people.length;
    expect(share('kvinna')).toBeGreaterThan(0.68);
    expect(share('kvinna')).toBeLessThan(0.85);
    expect(share('man')).toBeGreaterThan(0.12);
    expect(share('man')).toBeLessThan(0.25);
    expect(share('annat')).toBeGreaterThan(0.005);
    expect(share('annat')).toBeLessThan(0.04);
    expect(share(null)).toBeGreaterThan(0.01);
    expect(share(null)).toBeLessThan(0.06);
  });

  it('trains about 1 in 12 of the project units’ care staff as handledare and 1 in 20 as språkombud during the project', () => {
    const qualifying = new Map(cells('courses').filter((c) => c.qualifies_as !== null).map((c) => [cell(c, 'code'), cell(c, 'qualifies_as')]));
    expect([...qualifying.values()].sort()).toEqual(['handledare', 'sprakombud']);
    const care = new Set(
      cells('people').filter((p) => CARE_ROLES.includes(cell(p, 'role_code') as RoleCode) && inProjectUnits(p.unit_code ?? null)).map((p) => cell(p, 'employee_id')),
    );
    const trained = (as: string) => {
      const done = cells('enrolments').filter((e) =>
        qualifying.get(cell(e, 'course_code')) === as && e.completed_on !== null && care.has(cell(e, 'employee_id')));
      for (const e of done) expect(cell(e, 'completed_on') >= '2025-01-01' && cell(e, 'completed_on') <= '2026-12-31').toBe(true);
      return { people: new Set(done.map((e) => e.employee_id)).size, years: new Set(done.map((e) => cell(e, 'completed_on').slice(0, 4))) };
    };
    const handledare = trained('handledare');
    const sprakombud = trained('sprakombud');
    expect(Math.abs(handledare.people - care.size / 12)).toBeLessThanOrEqual(2);
    expect(Math.abs(sprakombud.people - care.size / 20)).toBeLessThanOrEqual(2);
    expect(handledare.years).toEqual(new Set(['2025', '2026']));
    expect(sprakombud.years).toEqual(new Set(['2025', '2026']));
  });

  it('has the five introduction steps, done in order after the start date, all of them by about 70% of the new staff', () => {
    const steps = cells('introduction_items').map((i) => cell(i, 'code'));
    expect(steps).toEqual(['INTRO-1', 'INTRO-2', 'INTRO-3', 'INTRO-4', 'INTRO-5']);
    const person = new Map(cells('people').map((p) => [cell(p, 'employee_id'), p]));
    const done = new Map<string, string[]>();
    for (const c of cells('introduction_completions')) {
      const p = person.get(cell(c, 'employee_id'));
      expect(cell(c, 'completed_on') > cell(p!, 'start_date')).toBe(true);
      expect(cell(c, 'completed_on') <= (p?.end_date ?? DEMO_REFERENCE_DATE)).toBe(true);
      done.set(cell(c, 'employee_id'), [...(done.get(cell(c, 'employee_id')) ?? []), cell(c, 'item_code')]);
    }
    for (const codes of done.values()) expect(codes).toEqual(steps.slice(0, codes.length));
    // Everyone who started in the two years before the reference date and is still employed.
    const fresh = cells('people').filter((p) => cell(p, 'start_date') > '2024-11-01' && p.end_date === null);
    const finished = fresh.filter((p) => done.get(cell(p, 'employee_id'))?.length === steps.length).length / fresh.length;
    expect(finished).toBeGreaterThan(0.6);
    expect(finished).toBeLessThan(0.8);
    expect(fresh.every((p) => cell(p, 'start_date') > '2026-10-25' || done.has(cell(p, 'employee_id')))).toBe(true);
  });

  it('gives ESF-STARK a diary number and its eight indicators in order', () => {
    expect(cells('projects')[0]?.diary_number).toBe('ESF 2024/00321');
    const indicators = cells('project_indicators');
    expect(indicators.map((i) => [i.code, i.kind, i.position])).toEqual([
      ['deltagare', 'participants', '1'],
      ['starkt', 'strengthened', '2'],
      ['digitalt', 'uptake', '3'],
      ['gap-omsorg', 'gap_closure', '4'],
      ['krav', 'meets_requirements', '5'],
      ['intro', 'introduction', '6'],
      ['handledare', 'supervisors', '7'],
      ['sprakombud', 'language_agents', '8'],
    ]);
    expect(indicators[0]?.target).toBe(cells('projects')[0]?.planned_participants);
    expect(indicators.find((i) => i.code === 'gap-omsorg')).toMatchObject({ area: AREAS.contact, target: '0.3', baseline_round: 'KART-2025', follow_up_round: 'KART-2026' });
    expect(indicators.find((i) => i.code === 'intro')).toMatchObject({ baseline_round: null, follow_up_round: null, target: '0.8' });
  });
});
