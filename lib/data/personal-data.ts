import 'server-only';
import { getDb } from '@/db/client';
import {
  endedPeople, personAssessments, personAuditEvents, personEffectResponses, personEnrolments, personInvitationLinks, personInvitations,
  openRounds, personIntroduction, personProjects, personSubmissions, personUserAccounts, personalRecord, searchPeople, type PersonalRecord, type PersonSearchHit,
} from '@/db/queries/personal-data';
import { writeAudit } from '@/db/writes/audit';
import { isDueForRemoval, removalDueFrom } from '@/lib/domain/retention';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { requireAdmin } from './authorise';
import { NotFoundError } from './errors';
import { retentionMonths } from './settings';
import { todayInSweden } from '@/lib/clock/clock';

// The administrators' page for personal data (/admin/personuppgifter): find a person, see what is
// stored about them. The register extract is in register-extract.ts, removal in pseudonymise-person.ts.

const MAX_HITS = 25;

export interface PersonalDataOverview {
  /** Null when no retention time is set: nobody is pseudonymised automatically. */
  retentionMonths: number | null;
  /** People whose employment has ended and whose data is still stored, earliest end first. */
  ended: Array<PersonSearchHit & { dueFrom: string | null; due: boolean }>;
}

/** The retention time and who it applies to next. Administrators only. */
export async function getPersonalDataOverview(viewer: Viewer): Promise<PersonalDataOverview> {
  requireAdmin(viewer);
  const db = await getDb();
  const [months, ended] = await Promise.all([retentionMonths(db), endedPeople(db)]);
  const today = todayInSweden();
  return {
    retentionMonths: months,
    ended: ended.map((p) => ({
      ...p,
      dueFrom: months === null ? null : removalDueFrom(p.endDate, months),
      due: months !== null && isDueForRemoval(p.endDate, today, months),
    })),
  };
}

/** People whose employee id or name contains the text. Administrators only; at most 25. */
export async function searchPersonalData(viewer: Viewer, args: { text: string }): Promise<{ hits: PersonSearchHit[]; more: boolean }> {
  requireAdmin(viewer);
  const hits = await searchPeople(await getDb(), args.text, MAX_HITS + 1);
  return { hits: hits.slice(0, MAX_HITS), more: hits.length > MAX_HITS };
}

export interface StoredPersonalData {
  person: PersonalRecord;
  userAccounts: Array<{ email: string; name: string; disabled: boolean; roles: Array<{ role: string; unit: string | null; project: string | null }> }>;
  /** How many rows of each kind are stored about the person (never the answers themselves). */
  counts: {
    assessments: number;
    assessmentRounds: string[];
    effectAnswers: number;
    surveySubmissions: number;
    invitations: number;
    invitationLinks: number;
    enrolments: number;
    projects: number;
    introductionSteps: number;
    auditEvents: number;
  };
  /** Answers and effect answers of rounds that have not closed: removed with the person. */
  openRoundAnswers: number;
  retention: { months: number | null; dueFrom: string | null };
}

/**
 * What is stored about one person, as counts, for the page that removes it or hands out the
 * register extract. Administrators only; every opening is audited.
 */
export async function getStoredPersonalData(viewer: Viewer, args: { employeeId: string }): Promise<StoredPersonalData> {
  requireAdmin(viewer);
  const db = await getDb();
  const person = await personalRecord(db, args.employeeId);
  if (!person) throw new NotFoundError('Personen', args.employeeId);
  const users = await personUserAccounts(db, person.id, person.email);
  const [assessments, effect, submissions, invitations, links, enrolments, projects, intro, audit, months] = await Promise.all([
    personAssessments(db, person.id),
    personEffectResponses(db, person.id),
    personSubmissions(db, person.id),
    personInvitations(db, person.id),
    personInvitationLinks(db, person.id),
    personEnrolments(db, person.id),
    personProjects(db, person.id),
    personIntroduction(db, person.id),
    personAuditEvents(db, { personId: person.id, personName: person.name, users }),
    retentionMonths(db),
  ]);
  const today = todayInSweden();
  const open = new Set((await openRounds(db, today)).map((r) => r.code));
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'visade lagrade personuppgifter',
    subjectPersonId: person.id,
    details: { employeeId: person.employeeId },
  });
  return {
    person,
    userAccounts: users.map(({ email, name, disabled, roles }) => ({ email, name, disabled, roles })),
    counts: {
      assessments: assessments.length,
      assessmentRounds: [...new Set(assessments.map((a) => a.roundName))],
      effectAnswers: effect.length,
      surveySubmissions: submissions.length,
      invitations: invitations.length,
      invitationLinks: links.length,
      enrolments: enrolments.length,
      projects: projects.length,
      introductionSteps: intro.length,
      auditEvents: audit.length,
    },
    openRoundAnswers: assessments.filter((a) => open.has(a.round)).length + effect.filter((e) => open.has(e.round)).length,
    retention: { months, dueFrom: months === null ? null : removalDueFrom(person.endDate, months) },
  };
}
