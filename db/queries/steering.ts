import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import { closurePairs } from './round-histograms';

// Tallies per unit for the steering group's indicators, over the whole organisation: the
// suppression in lib/domain/project-groups.ts needs every unit's count, not only the project's.

export interface ProjectRecord {
  id: number;
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number | null;
  diaryNumber: string | null;
}

export async function projectRecord(db: DbOrTx, code: string): Promise<ProjectRecord | undefined> {
  const [row] = await queryRows<ProjectRecord>(db, sql`
    select id, code, name, starts_on::text as "startsOn", ends_on::text as "endsOn",
      planned_participants as "plannedParticipants", diary_number as "diaryNumber"
    from projects where code = ${code}`);
  return row;
}

export function projectList(db: DbOrTx): Promise<Array<{ code: string; name: string }>> {
  return queryRows(db, sql`select code, name from projects order by starts_on, code`);
}

export interface IndicatorRecord {
  code: string;
  kind: string;
  name: string | null;
  target: number | null;
  area: string | null;
  question: { id: number; code: string; text: string } | null;
  baseline: { id: number; code: string; name: string; closesOn: string } | null;
  followUp: { id: number; code: string; name: string; closesOn: string } | null;
}

export async function projectIndicatorRecords(db: DbOrTx, projectId: number): Promise<IndicatorRecord[]> {
  const rows = await queryRows<{
    code: string; kind: string; name: string | null; target: number | null; area: string | null;
    qId: number | null; qCode: string | null; qText: string | null;
    bId: number | null; bCode: string | null; bName: string | null; bCloses: string | null;
    fId: number | null; fCode: string | null; fName: string | null; fCloses: string | null;
  }>(db, sql`
    select i.code, i.kind, i.name, i.target, i.area,
      q.id as "qId", q.code as "qCode", q.text as "qText",
      b.id as "bId", b.code as "bCode", b.name as "bName", b.closes_on::text as "bCloses",
      f.id as "fId", f.code as "fCode", f.name as "fName", f.closes_on::text as "fCloses"
    from project_indicators i
    left join effect_questions q on q.id = i.question_id
    left join rounds b on b.id = i.baseline_round_id
    left join rounds f on f.id = i.follow_up_round_id
    where i.project_id = ${projectId}
    order by i.position, i.code`);
  return rows.map((r) => ({
    code: r.code,
    kind: r.kind,
    name: r.name,
    target: r.target === null ? null : Number(r.target),
    area: r.area,
    question: r.qId !== null ? { id: r.qId, code: r.qCode as string, text: r.qText as string } : null,
    baseline: r.bId !== null ? { id: r.bId, code: r.bCode as string, name: r.bName as string, closesOn: r.bCloses as string } : null,
    followUp: r.fId !== null ? { id: r.fId, code: r.fCode as string, name: r.fName as string, closesOn: r.fCloses as string } : null,
  }));
}

/** A project's participants who had joined by `asOf`, per current unit and recorded gender. */
export function participantTallies(db: DbOrTx, projectId: number, asOf: string): Promise<Array<{ unit: string; gender: string | null; count: number }>> {
  return queryRows(db, sql`
    select u.code as unit, p.gender, count(distinct p.id)::int as count
    from project_participants pp join people p on p.id = pp.person_id join units u on u.id = p.unit_id
    where pp.project_id = ${projectId} and (pp.joined_on is null or pp.joined_on <= ${asOf}::date)
    group by u.code, p.gender`);
}

/** People employed on `asOf` per current unit, and of them those who completed a course that `qualifiesAs` by then. */
export function qualifiedTallies(db: DbOrTx, qualifiesAs: string, asOf: string): Promise<Array<{ unit: string; population: number; qualified: number }>> {
  return queryRows(db, sql`
    select u.code as unit, count(*)::int as population,
      (count(*) filter (where exists (
        select 1 from enrolments e join courses c on c.id = e.course_id
        where e.person_id = p.id and c.qualifies_as = ${qualifiesAs} and e.completed_on <= ${asOf}::date)))::int as qualified
    from people p join units u on u.id = p.unit_id
    where (p.start_date is null or p.start_date <= ${asOf}::date) and (p.end_date is null or p.end_date >= ${asOf}::date)
    group by u.code`);
}

/**
 * New staff on `asOf` (started within the two years before it, still employed) per current unit,
 * and of them those who had completed every step of the introduction by then.
 */
export function introductionTallies(db: DbOrTx, asOf: string): Promise<Array<{ unit: string; newStaff: number; finished: number }>> {
  return queryRows(db, sql`
    with steps as (select count(*)::int as n from introduction_items),
    fresh as (
      select p.id, p.unit_id from people p
      where p.start_date is not null and p.start_date <= ${asOf}::date
        and p.start_date > (${asOf}::date - interval '2 years')
        and (p.end_date is null or p.end_date >= ${asOf}::date)
    ),
    done as (
      select ic.person_id, count(*)::int as n from introduction_completions ic
      where ic.completed_on is not null and ic.completed_on <= ${asOf}::date group by ic.person_id
    )
    select u.code as unit, count(*)::int as "newStaff",
      (count(*) filter (where (select n from steps) > 0 and coalesce(d.n, 0) >= (select n from steps)))::int as finished
    from fresh f join units u on u.id = f.unit_id left join done d on d.person_id = f.id
    group by u.code`);
}

/**
 * Gap closure per unit between two rounds for the requirements of one area (all areas when
 * null): distinct people, person × requirement pairs, and the summed decrease of their gap.
 */
export function closureTallies(db: DbOrTx, baselineId: number, followUpId: number, area: string | null): Promise<Array<{ unit: string; people: number; pairs: number; decrease: number }>> {
  return queryRows(db, sql`
    with ${closurePairs(baselineId, followUpId, null)}
    select u.code as unit, count(distinct pairs.person_id)::int as people, count(*)::int as pairs,
      sum(pairs.gap_b - pairs.gap_f)::int as decrease
    from pairs join units u on u.id = pairs.unit_id join requirements q on q.id = pairs.requirement_id
    where ${area === null ? sql`true` : sql`q.area = ${area}`}
    group by u.code`);
}

export interface SnapshotRecord {
  id: number;
  label: string;
  frozenAt: string;
  frozenBy: string;
}

export function snapshotList(db: DbOrTx, projectId: number): Promise<SnapshotRecord[]> {
  return queryRows(db, sql`
    select id, label, to_char(frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "frozenAt", frozen_by as "frozenBy"
    from steering_snapshots where project_id = ${projectId} order by frozen_at desc, id desc`);
}

export async function snapshotView(db: DbOrTx, projectId: number, id: number): Promise<(SnapshotRecord & { view: unknown }) | undefined> {
  const [row] = await queryRows<SnapshotRecord & { view: unknown }>(db, sql`
    select id, label, to_char(frozen_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "frozenAt", frozen_by as "frozenBy", view
    from steering_snapshots where project_id = ${projectId} and id = ${id}`);
  return row;
}
