import 'server-only';
import { getDb } from '@/db/client';
import { coursesForRequirements, type CourseForRequirement } from '@/db/queries/person-courses';
import { personByEmployeeId, personEffectAnswers, personPlacement, personRequirementAnswers, personRoundIds, type RequirementAnswer } from '@/db/queries/person-answers';
import { allRounds, allUnits } from '@/db/queries/reference-data';
import { writeAudit } from '@/db/writes/audit';
import { canSeeIndividual, canSeeIndividualEffect } from '@/lib/domain/access';
import { coursesForLargestGaps } from '@/lib/domain/gap-courses';
import { gapOf } from '@/lib/domain/scale';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';
import { roundStatus } from '@/lib/domain/round-status';
import { todayInSweden } from '@/lib/clock/clock';

export interface PersonProfile {
  person: { employeeId: string; name: string; unitCode: string; unitName: string; roleName: string };
  round: { code: string; name: string } | null;
  rounds: Array<{ code: string; name: string }>;
  /** Role and unit the person counts under in the round. */
  placement: { roleName: string; unitName: string } | null;
  requirements: Array<RequirementAnswer & { gap: number | null; meets: boolean | null }>;
  /** The person's own effect answers: only ever returned to the person themself. */
  effectAnswers: Array<{ question: string; text: string; value: number }> | null;
  /** The requirements with the largest gaps (at most three) and the courses that would lift each. */
  courses: GapCourses[];
  /**
   * May the viewer confirm or adjust the person's levels in this round (`validateLevel`)? Someone
   * who may read the person's answers and is not the person, signed in as a user, and only while
   * the person still has the role and unit they had in the round (the confirmed answer is stored
   * with the current ones), and only while the round is open.
   */
  canValidate: boolean;
  /** Everything but the round allows confirming: the round is closed or not open yet. */
  validationNeedsOpenRound: boolean;
}

export interface GapCourses {
  requirement: string;
  name: string;
  level: number;
  requiredLevel: number;
  gap: number;
  courses: Array<Omit<CourseForRequirement, 'requirement' | 'course'> & { code: string }>;
}

/**
 * One person's competence answers against their role's requirements. Staff: themself; chefs:
 * people of their own units; HR and administrators: everyone. Every opening by someone
 * other than the person is audited (who, whom, which round; never the values).
 */
export async function getPersonProfile(viewer: Viewer, args: { employeeId: string; round?: string }): Promise<PersonProfile> {
  const db = await getDb();
  const person = await personByEmployeeId(db, args.employeeId);
  const [units, access, rounds] = await Promise.all([allUnits(db), accessProfile(db, viewer), allRounds(db)]);
  if (!person || !canSeeIndividual(access, units, { id: person.id, unitCode: person.unitCode })) {
    throw new NotFoundError('Personen', args.employeeId);
  }
  const answeredRounds = new Set(await personRoundIds(db, person.id));
  // By default the latest round the person has answered (the one they just sent in), else the latest.
  const round = args.round ? rounds.find((r) => r.code === args.round) : (rounds.filter((r) => answeredRounds.has(r.id)).at(-1) ?? rounds.at(-1));
  if (args.round && !round) throw new NotFoundError('Omgången', args.round);

  const base = {
    person: { employeeId: person.employeeId, name: person.name, unitCode: person.unitCode, unitName: person.unitName, roleName: person.roleName },
    rounds: rounds.map((r) => ({ code: r.code, name: r.name })),
  };
  if (!round) return { ...base, round: null, placement: null, requirements: [], effectAnswers: null, courses: [], canValidate: false, validationNeedsOpenRound: false };

  const placement = await personPlacement(db, person.id, round.id);
  const answers = placement ? await personRequirementAnswers(db, person.id, round.id, placement.roleCode) : [];
  const ownEffect = canSeeIndividualEffect(access, person.id);
  const effectAnswers = ownEffect ? await personEffectAnswers(db, person.id, round.id) : null;
  const requirements = answers.map((a) => ({
    ...a,
    gap: a.level === null ? null : gapOf(a.requiredLevel, a.level),
    meets: a.level === null ? null : a.level >= a.requiredLevel,
  }));
  const withGap = requirements.filter((r) => r.gap !== null && r.gap >= 1).map((r) => r.requirement);
  const courses = coursesForLargestGaps(requirements, await coursesForRequirements(db, withGap)).map(({ requirement: r, courses: cs }) => ({
    requirement: r.requirement,
    name: r.name,
    level: r.level,
    requiredLevel: r.requiredLevel,
    gap: r.gap,
    courses: cs.map((c) => ({ code: c.course, name: c.name, format: c.format, hours: c.hours, provider: c.provider, url: c.url, targetLevel: c.targetLevel })),
  }));
  const mayValidate =
    viewer.kind === 'user' &&
    access.selfPersonId !== person.id &&
    placement !== undefined &&
    placement.roleCode === person.roleCode &&
    placement.unitCode === person.unitCode;
  const roundOpen = roundStatus(round, todayInSweden()) === 'open';
  const canValidate = mayValidate && roundOpen;

  if (access.selfPersonId !== person.id) {
    await writeAudit(db, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'visade individuella svar',
      subjectPersonId: person.id,
      details: { employeeId: person.employeeId, round: round.code },
    });
  }
  return {
    ...base,
    round: { code: round.code, name: round.name },
    placement: placement ? { roleName: placement.roleName, unitName: placement.unitName } : null,
    requirements,
    effectAnswers,
    courses,
    canValidate,
    validationNeedsOpenRound: mayValidate && !roundOpen,
  };
}
