import 'server-only';
import { getDb } from '@/db/client';
import { allRounds, allUnits, requirementList, roleRequirementList, roundIdsWithAnswers } from '@/db/queries/reference-data';
import { staffCount, staffLevels, staffOfUnit } from '@/db/queries/staff-matrix';
import { writeAudit } from '@/db/writes/audit';
import { canSeeIndividual } from '@/lib/domain/access';
import { headlineRound } from '@/lib/domain/headline-round';
import { compareCodes } from '@/lib/domain/unit-tree';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';
import { todayInSweden } from '@/lib/clock/clock';

/** Above this many people the matrix is not shown: pick a unit further down instead. */
export const STAFF_MATRIX_LIMIT = 80;

export interface StaffMatrix {
  unit: { code: string; name: string };
  /** More people than STAFF_MATRIX_LIMIT: no individuals returned (and nothing opened or audited). */
  tooMany: number | null;
  round: { code: string; name: string };
  requirements: Array<{ code: string; name: string }>;
  people: Array<{
    employeeId: string;
    name: string;
    roleName: string;
    unitName: string;
    answered: boolean;
    /** Per requirement code the person's role has: level (null = not assessed), required level, validated. */
    cells: Record<string, { level: number | null; required: number; validated: boolean }>;
    /** Requirements under the required level. */
    below: number;
  }>;
}

/**
 * A chef's staff × requirements: each person's level against their role's required level, and
 * who has not answered. Only for viewers who may read every individual of the unit (its chef,
 * HR, administrators); each opening is audited.
 */
export async function getStaffMatrix(viewer: Viewer, args: { unit: string; round?: string | null }): Promise<StaffMatrix> {
  const db = await getDb();
  const [units, access, rounds, withAnswers] = await Promise.all([allUnits(db), accessProfile(db, viewer), allRounds(db), roundIdsWithAnswers(db)]);
  const unit = units.find((u) => u.code === args.unit);
  // May the viewer read the answers of anyone placed in this unit? (A chef of it or above, HR, admin.)
  if (!unit || viewer.kind === 'invitation' || !canSeeIndividual({ ...access, selfPersonId: null }, units, { id: -1, unitCode: unit.code })) {
    throw new NotFoundError('Enheten', args.unit);
  }
  const round = args.round ? rounds.find((r) => r.code === args.round) : headlineRound(rounds, withAnswers, todayInSweden());
  if (!round) throw new NotFoundError('Omgången', args.round ?? '');
  // Counted first: a large unit's people are never read just to say they are too many.
  const counted = await staffCount(db, unit.id, round.id);
  const people = counted > STAFF_MATRIX_LIMIT ? [] : await staffOfUnit(db, unit.id, round.id);
  if (counted > STAFF_MATRIX_LIMIT || people.length > STAFF_MATRIX_LIMIT) {
    return { unit: { code: unit.code, name: unit.name }, tooMany: Math.max(counted, people.length), round: { code: round.code, name: round.name }, requirements: [], people: [] };
  }
  const [levels, roleRequirements, requirements] = await Promise.all([staffLevels(db, unit.id, round.id), roleRequirementList(db), requirementList(db)]);
  const required = new Map(roleRequirements.map((rr) => [`${rr.role}\u0000${rr.requirement}`, rr.requiredLevel]));
  const levelOf = new Map(levels.map((l) => [`${l.personId}\u0000${l.requirement}`, l]));
  const used = new Set<string>();
  const rows = people.map((p) => {
    const cells: StaffMatrix['people'][number]['cells'] = {};
    let below = 0;
    for (const rr of roleRequirements.filter((x) => x.role === p.roleCode)) {
      const l = levelOf.get(`${p.personId}\u0000${rr.requirement}`);
      const level = l?.level ?? null;
      cells[rr.requirement] = { level, required: required.get(`${p.roleCode}\u0000${rr.requirement}`) ?? rr.requiredLevel, validated: l?.source === 'validated' };
      if (level !== null && level < rr.requiredLevel) below++;
      used.add(rr.requirement);
    }
    return { employeeId: p.employeeId, name: p.name, roleName: p.roleName, unitName: p.unitName, answered: p.answered, cells, below };
  });
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'visade individuella svar (matris)',
    details: { unit: unit.code, round: round.code, people: rows.length },
  });
  return {
    unit: { code: unit.code, name: unit.name },
    tooMany: null,
    round: { code: round.code, name: round.name },
    requirements: requirements.filter((r) => used.has(r.code)).sort((a, b) => compareCodes(a.code, b.code)).map((r) => ({ code: r.code, name: r.name })),
    people: rows,
  };
}
