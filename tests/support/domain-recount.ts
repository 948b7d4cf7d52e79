// A recount of the summary tables from the raw rows, by the domain's own rules in TypeScript
// (lib/domain/counting-answer.ts and DOMAIN.md "Which answer counts"), sharing no SQL with the
// rollups or with the round CTEs that build them (db/queries/round-population.ts). The only SQL
// here reads whole tables as they are. Returns the differences in plain words.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { effectiveLevel, latestAnswer } from '@/lib/domain/counting-answer';
import type { AssessmentSource } from '@/lib/domain/enums';

interface Assessment { id: number; roundId: number; personId: number; requirementId: number; level: number | null; source: AssessmentSource; assessedOn: string | null; unitId: number; roleId: number }
interface Effect { id: number; roundId: number; personId: number; questionId: number; value: number; unitId: number; roleId: number }

const add = (m: Map<string, number>, key: string, n = 1) => m.set(key, (m.get(key) ?? 0) + n);
const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, v]) => v !== 0));

export async function domainRecountMismatches(db: DbOrTx): Promise<string[]> {
  const [units, people, rounds, invitations, assessments, effects, placements, levels, rolledEffects] = await Promise.all([
    queryRows<{ id: number; parentId: number | null }>(db, sql`select id, parent_id as "parentId" from units`),
    queryRows<{ id: number; unitId: number; roleId: number; startDate: string | null; endDate: string | null }>(db, sql`
      select id, unit_id as "unitId", role_id as "roleId", start_date::text as "startDate", end_date::text as "endDate" from people`),
    queryRows<{ id: number; code: string; opensOn: string; closesOn: string }>(db, sql`select id, code, opens_on::text as "opensOn", closes_on::text as "closesOn" from rounds`),
    queryRows<{ roundId: number; personId: number }>(db, sql`select round_id as "roundId", person_id as "personId" from invitations`),
    queryRows<Assessment>(db, sql`
      select id, round_id as "roundId", person_id as "personId", requirement_id as "requirementId", level::int as level, source,
        assessed_on::text as "assessedOn", unit_id as "unitId", role_id as "roleId" from assessments`),
    queryRows<Effect>(db, sql`
      select id, round_id as "roundId", person_id as "personId", question_id as "questionId", value::int as value, unit_id as "unitId", role_id as "roleId" from effect_responses`),
    queryRows<{ roundId: number; unitId: number; roleId: number; population: number; responded: number }>(db, sql`
      select round_id as "roundId", unit_id as "unitId", role_id as "roleId", population, responded from rollup_placements`),
    queryRows<{ roundId: number; unitId: number; roleId: number; requirementId: number; l0: number; l1: number; l2: number; l3: number; l4: number }>(db, sql`
      select round_id as "roundId", unit_id as "unitId", role_id as "roleId", requirement_id as "requirementId", l0, l1, l2, l3, l4 from rollup_levels`),
    queryRows<{ roundId: number; unitId: number; questionId: number; value: number; count: number }>(db, sql`
      select round_id as "roundId", unit_id as "unitId", question_id as "questionId", value::int as value, count from rollup_effects`),
  ]);
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const ancestors = (unitId: number): number[] => {
    const out: number[] = [];
    for (let u: number | null | undefined = unitId; u !== null && u !== undefined && !out.includes(u); u = parent.get(u)) out.push(u);
    return out;
  };
  const person = new Map(people.map((p) => [p.id, p]));

  const expectedPlacements = new Map<string, number>();
  const expectedLevels = new Map<string, number>();
  const expectedEffects = new Map<string, number>();
  for (const round of rounds) {
    const answersOf = new Map<number, Assessment[]>();
    for (const a of assessments) if (a.roundId === round.id) answersOf.set(a.personId, [...(answersOf.get(a.personId) ?? []), a]);
    const effectsOf = new Map<number, Effect[]>();
    for (const e of effects) if (e.roundId === round.id) effectsOf.set(e.personId, [...(effectsOf.get(e.personId) ?? []), e]);
    const invited = invitations.filter((i) => i.roundId === round.id).map((i) => i.personId);
    // The population: everyone who answered, plus the invited, or everyone employed while it was open.
    const population = new Set<number>([...answersOf.keys(), ...effectsOf.keys(), ...invited]);
    if (invited.length === 0) {
      for (const p of people) if ((p.startDate === null || p.startDate <= round.closesOn) && (p.endDate === null || p.endDate >= round.opensOn)) population.add(p.id);
    }
    for (const id of population) {
      const answers = answersOf.get(id) ?? [];
      const ownEffects = effectsOf.get(id) ?? [];
      // Placement: the latest assessment of any source, else the last stored effect answer, else today's.
      const latest = latestAnswer(answers.map((a) => ({ ...a, storedOrder: a.id })));
      const lastEffect = [...ownEffects].sort((a, b) => b.id - a.id)[0];
      const current = person.get(id);
      const placed = latest ?? lastEffect ?? current;
      if (!placed) continue;
      const responded = answers.length > 0 || ownEffects.length > 0;
      for (const unit of ancestors(placed.unitId)) {
        add(expectedPlacements, `${round.code} unit ${unit} role ${placed.roleId} population`);
        if (responded) add(expectedPlacements, `${round.code} unit ${unit} role ${placed.roleId} responded`);
      }
      const byRequirement = new Map<number, Assessment[]>();
      for (const a of answers) byRequirement.set(a.requirementId, [...(byRequirement.get(a.requirementId) ?? []), a]);
      for (const [requirement, list] of byRequirement) {
        const level = effectiveLevel(list.map((a) => ({ source: a.source, assessedOn: a.assessedOn, storedOrder: a.id, level: a.level })));
        if (level === null) continue;
        for (const unit of ancestors(placed.unitId)) add(expectedLevels, `${round.code} unit ${unit} role ${placed.roleId} requirement ${requirement} level ${level}`);
      }
    }
    // An effect answer counts for the unit stored on it.
    for (const e of effects) if (e.roundId === round.id) for (const unit of ancestors(e.unitId)) add(expectedEffects, `${round.code} unit ${unit} question ${e.questionId} value ${e.value}`);
  }

  const code = new Map(rounds.map((r) => [r.id, r.code]));
  const rolledPlacements = new Map<string, number>();
  for (const r of placements) {
    add(rolledPlacements, `${code.get(r.roundId)} unit ${r.unitId} role ${r.roleId} population`, r.population);
    add(rolledPlacements, `${code.get(r.roundId)} unit ${r.unitId} role ${r.roleId} responded`, r.responded);
  }
  const rolledLevels = new Map<string, number>();
  for (const r of levels) [r.l0, r.l1, r.l2, r.l3, r.l4].forEach((n, level) => add(rolledLevels, `${code.get(r.roundId)} unit ${r.unitId} role ${r.roleId} requirement ${r.requirementId} level ${level}`, n));
  const rolledEffectCounts = new Map<string, number>();
  for (const r of rolledEffects) add(rolledEffectCounts, `${code.get(r.roundId)} unit ${r.unitId} question ${r.questionId} value ${r.value}`, r.count);

  const out: string[] = [];
  for (const [label, rolled, counted] of [
    ['placements', rolledPlacements, expectedPlacements],
    ['levels', rolledLevels, expectedLevels],
    ['effects', rolledEffectCounts, expectedEffects],
  ] as const) {
    const a = nonZero(rolled);
    const b = nonZero(counted);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(key) !== b.get(key)) out.push(`${label} ${key}: rollup ${a.get(key) ?? 0}, recount ${b.get(key) ?? 0}`);
    }
  }
  return out.sort();
}
