import 'server-only';
import { getDb, type Db } from '@/db/client';
import {
  personAssessments, personAuditEvents, personEffectResponses, personEnrolments, personInvitationLinks, personInvitations, personIntroduction,
  personProjects, personSubmissions, personUserAccounts, personalRecord, type AssessmentRow, type EffectAnswerRow,
} from '@/db/queries/personal-data';
import { storedBranding } from '@/db/queries/settings';
import { writeAudit } from '@/db/writes/audit';
import { removalDueFrom } from '@/lib/domain/retention';
import { actorLabel, isAdmin, type Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from './errors';
import type { ExportFile } from './exports/export-file';
import { retentionMonths } from './settings';
import { todayInSweden } from '@/lib/clock/clock';
import { clockNow } from '@/lib/clock/clock';

/**
 * A register extract (registerutdrag, GDPR art. 15): every row stored about one person, in every
 * table. For administrators answering a request, and for the person themself, signed in with
 * their own account.
 *
 * It holds the person's own effect answers, which nobody but the person otherwise sees (DOMAIN.md):
 * the data subject has a right to all of it, and the administrator hands the extract to them.
 * Every extract, on the page or as a file, is written to the audit log with who asked for it.
 * Decision record 010.
 */
export interface RegisterExtract {
  createdAt: string;
  organisation: string | null;
  person: {
    employeeId: string;
    name: string;
    email: string | null;
    unit: { code: string; name: string };
    role: { code: string; name: string };
    employment: string | null;
    startDate: string | null;
    endDate: string | null;
    gender: string | null;
    pseudonymisedAt: string | null;
  };
  retention: { months: number | null; dueFrom: string | null };
  userAccounts: Array<{ email: string; name: string; disabled: boolean; createdAt: string; roles: Array<{ role: string; unit: string | null; project: string | null }> }>;
  assessments: AssessmentRow[];
  effectAnswers: EffectAnswerRow[];
  surveySubmissions: Array<{ round: string; roundName: string; submittedAt: string }>;
  invitations: Array<{ round: string; roundName: string }>;
  invitationLinks: Array<{ id: number; round: string; roundName: string; createdAt: string; expiresAt: string; revokedAt: string | null }>;
  enrolments: Array<{ course: string; courseName: string; format: string; enrolledOn: string | null; completedOn: string | null }>;
  projects: Array<{ project: string; projectName: string; joinedOn: string | null }>;
  introduction: Array<{ item: string; itemName: string; completedOn: string | null }>;
  /**
   * Events about the person, with who and what; and events the person did themself, with when
   * and what only (their details are about other people).
   */
  auditEvents: Array<{ at: string; actor: string; action: string; aboutYou: boolean; details: Record<string, string | number | boolean | null> | null }>;
}

type ExtractFormat = 'sida' | 'json' | 'pdf';

function mayRead(viewer: Viewer, personId: number): boolean {
  return isAdmin(viewer) || (viewer.kind === 'user' && viewer.personId === personId);
}

async function readExtract(db: Db, viewer: Viewer, employeeId: string): Promise<{ personId: number; extract: RegisterExtract }> {
  const person = await personalRecord(db, employeeId);
  if (!person || !mayRead(viewer, person.id)) throw new NotFoundError('Personen', employeeId);
  const users = await personUserAccounts(db, person.id, person.email);
  const [assessments, effectAnswers, surveySubmissions, invitations, links, enrolments, projects, introduction, audit, months, branding] = await Promise.all([
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
    storedBranding(db),
  ]);
  return {
    personId: person.id,
    extract: {
      createdAt: clockNow().toISOString(),
      organisation: branding.organisationName,
      person: {
        employeeId: person.employeeId,
        name: person.name,
        email: person.email,
        unit: { code: person.unitCode, name: person.unitName },
        role: { code: person.roleCode, name: person.roleName },
        employment: person.employment,
        startDate: person.startDate,
        endDate: person.endDate,
        gender: person.gender,
        pseudonymisedAt: person.pseudonymisedAt,
      },
      retention: { months, dueFrom: months === null ? null : removalDueFrom(person.endDate, months) },
      userAccounts: users.map(({ email, name, disabled, createdAt, roles }) => ({ email, name, disabled, createdAt, roles })),
      assessments,
      effectAnswers,
      surveySubmissions,
      invitations,
      invitationLinks: links,
      enrolments,
      projects,
      introduction,
      auditEvents: audit.map((e) => ({
        at: e.at,
        actor: e.actor,
        action: e.action,
        aboutYou: e.asSubject,
        details: e.asSubject ? e.details : null,
      })),
    },
  };
}

async function audit(db: Db, viewer: Viewer, personId: number, extract: RegisterExtract, format: ExtractFormat): Promise<void> {
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'lämnade ut registerutdrag',
    subjectPersonId: personId,
    details: { employeeId: extract.person.employeeId, format, effectAnswers: extract.effectAnswers.length },
  });
}

/** The extract for its page (`/personer/<id>/registerutdrag`). Administrators and the person themself; audited. */
export async function getRegisterExtract(viewer: Viewer, args: { employeeId: string }): Promise<RegisterExtract> {
  const db = await getDb();
  const { personId, extract } = await readExtract(db, viewer, args.employeeId);
  await audit(db, viewer, personId, extract, 'sida');
  return extract;
}

function filename(extract: RegisterExtract, format: 'json' | 'pdf'): string {
  const safe = extract.person.employeeId.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return `registerutdrag-${safe}-${todayInSweden()}.${format}`;
}

/** The extract as a JSON file (machine-readable, GDPR art. 20). Same access as the page; audited. */
export async function exportRegisterExtractJson(viewer: Viewer, args: { employeeId: string }): Promise<ExportFile> {
  const db = await getDb();
  const { personId, extract } = await readExtract(db, viewer, args.employeeId);
  await audit(db, viewer, personId, extract, 'json');
  const document = {
    document: 'Registerutdrag från Kompetenskartan',
    about:
      'Allt som Kompetenskartan har sparat om personen: uppgifterna om anställningen, användarkontot, svaren i kartläggningarna och på effektfrågorna, inbjudningar, utbildningar, projekt, introduktionen och loggens händelser om personen.',
    ...extract,
  };
  return { filename: filename(extract, 'json'), contentType: 'application/json; charset=utf-8', body: `${JSON.stringify(document, null, 2)}\n` };
}

/** The page the PDF is printed from. */
export function registerExtractPrintPath(employeeId: string): string {
  return `/personer/${encodeURIComponent(employeeId)}/registerutdrag?utskrift=1`;
}

/**
 * The extract as a readable PDF: access first, then `render` prints the extract's page as the same
 * viewer; only a PDF that was made is audited.
 */
export async function exportRegisterExtractPdf(
  viewer: Viewer,
  args: { employeeId: string },
  render: (extract: RegisterExtract, printPath: string) => Promise<Uint8Array>,
): Promise<ExportFile> {
  const db = await getDb();
  const { personId, extract } = await readExtract(db, viewer, args.employeeId);
  const body = await render(extract, registerExtractPrintPath(extract.person.employeeId));
  await audit(db, viewer, personId, extract, 'pdf');
  return { filename: filename(extract, 'pdf'), contentType: 'application/pdf', body };
}
