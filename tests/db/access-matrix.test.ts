import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { userByEmail } from '@/db/queries/users';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { getNotUnderstood, validateLevel } from '@/lib/data/level-validation';
import { getSurvey, saveSurveyAnswers, submitSurvey } from '@/lib/data/survey';
import { getUnitDashboard, getUnitDashboardSummary } from '@/lib/data/unit-dashboard';
import { addEffectIndicator, freezeSnapshot, getIndicatorChoices, getSteeringView, listSnapshots, listSteeringProjects } from '@/lib/data/steering';
import { exportTrendTable } from '@/lib/data/exports/trend-table';
import { exportSteeringReport } from '@/lib/data/exports/steering-report';
import { exportSteeringWorkbook } from '@/lib/data/exports/steering-workbook';
import { exportUnitRequirementTable } from '@/lib/data/exports/unit-requirement-table';
import { getTrainingPriorities } from '@/lib/data/training-priorities';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
import { exportChildUnitTable } from '@/lib/data/exports/child-unit-table';
import { exportDashboardTable } from '@/lib/data/exports/dashboard-table';
import { exportDigitalUptakeTable } from '@/lib/data/exports/digital-uptake-table';
import { exportGapClosureTable } from '@/lib/data/exports/gap-closure-table';
import { exportLevelDistributionTable } from '@/lib/data/exports/level-distribution-table';
import { exportNotUnderstoodTable } from '@/lib/data/exports/not-understood-table';
import { exportPriorityTable } from '@/lib/data/exports/priority-table';
import { exportRequirementTable } from '@/lib/data/exports/requirement-table';
import { exportRoleRequirementTable } from '@/lib/data/exports/role-requirement-table';
import { exportStaffMatrixTable } from '@/lib/data/exports/staff-matrix-table';
import { getEffectReport } from '@/lib/data/effect-report';
import { getGapReport, getPriorityReport } from '@/lib/data/gap-reports';
import { getOrganisationOverview } from '@/lib/data/organisation-overview';
import { getPersonProfile } from '@/lib/data/person-profile';
import { getResponseReport } from '@/lib/data/response-report';
import { getUptakeReport } from '@/lib/data/uptake-report';
import { listAuditEvents } from '@/lib/data/audit-log';
import { createInvitationLink, revokeInvitationLink } from '@/lib/data/invitation-links';
import { createUser, grantRole, listUsers, revokeRole, roleChoices, setUserDisabled } from '@/lib/data/users-admin';
import { runImport } from '@/lib/data/import-data';
import {
  checkImportUpload, confirmImportUpload, discardImportUpload, exportImportUploadProblems, getImportUpload, importUploadLimits, receiveImportUpload,
} from '@/lib/data/import-upload';
import { invitationRoundChoices } from '@/lib/data/round-choices';
import {
  copyFramework, createRequirement, getFrameworkEditor, getRequirementEditor, listFrameworkChanges, listFrameworks,
  setRequirementTranslation, setRoleRequirements, updateRequirement,
} from '@/lib/data/frameworks-admin';
import { getInstallationSettings, getSiteBranding, updateInstallationSettings } from '@/lib/data/settings';
import { getPersonalDataOverview, getStoredPersonalData, searchPersonalData } from '@/lib/data/personal-data';
import { exportRegisterExtractJson, exportRegisterExtractPdf, getRegisterExtract } from '@/lib/data/register-extract';
import { pseudonymisePersonOnRequest, runRetentionSweep } from '@/lib/data/pseudonymise-person';
import { closeRoundNow, createRound, createRoundInvitations, getAdminRound, listAdminRounds, openRoundNow, roundFormChoices } from '@/lib/data/rounds-admin';
import { createInvitationLetters, exportInvitationLettersPdf, getInvitationLetters, letterChoices } from '@/lib/data/invitation-letters';
import { getReminderList } from '@/lib/data/reminders';
import { listApiKeys } from '@/lib/data/api-keys';
import { snapshot } from '../support/db-snapshot';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { clockNow } from '@/lib/clock/clock';

/**
 * Every lib/data function that returns or changes data, called as every kind of viewer.
 * Pages, actions, the API and the command line all go through these functions, so this is
 * where "nobody sees more than their role allows" is proven. A function added to lib/data
 * without a row here fails the last test.
 */
type Persona = 'anonymous' | 'staffA' | 'staffB' | 'chefX' | 'chefY' | 'hr' | 'admin' | 'steering' | 'invitation';
const PERSONAS: Persona[] = ['anonymous', 'staffA', 'staffB', 'chefX', 'chefY', 'hr', 'admin', 'steering', 'invitation'];
const EMAILS: Partial<Record<Persona, string>> = {
  staffA: 'mariam.jaber@exempelby.example', // staff, EXB-VO-ALD-01 (person D10144)
  staffB: 'linda.pettersson@exempelby.example', // staff, EXB-VO-FUNK-03 (person D10155)
  chefX: 'karin.olofsson@exempelby.example', // chef of EXB-VO-ALD-01
  chefY: 'joakim.pettersson@exempelby.example', // chef of EXB-SOC-IFO-01 (person D10213)
  hr: 'johan.ek@exempelby.example',
  admin: 'sara.lind@exempelby.example',
  steering: 'eva.styrman@exempelby.example', // steering group of ESF-STARK
};

const X = 'EXB-VO-ALD-01';
const Y = 'EXB-SOC-IFO-01';
const ROUND = 'KART-2026';
const NO_UPLOAD = '00000000-0000-4000-8000-000000000000';

type Outcome = 'ok' | 'not-found' | 'invalid';
const ALL_OK = Object.fromEntries(PERSONAS.map((p) => [p, 'ok'])) as Record<Persona, Outcome>;
const only = (...ok: Persona[]): Record<Persona, Outcome> =>
  Object.fromEntries(PERSONAS.map((p) => [p, ok.includes(p) ? 'ok' : 'not-found'])) as Record<Persona, Outcome>;

interface Cell {
  name: string;
  /** The lib/data function this row exercises. */
  fn: string;
  call: (viewer: Viewer) => Promise<unknown>;
  expect: Record<Persona, Outcome>;
  /** Read functions must change nothing (audit events aside). */
  read: boolean;
}

function outcomeOf(error: unknown): Outcome {
  if (error instanceof NotFoundError) return 'not-found';
  if (error instanceof InvalidInputError) return 'invalid';
  throw error;
}

const aggregates = (unit: string, steeringSees: boolean): Record<Persona, Outcome> => {
  const base: Persona[] = ['hr', 'admin'];
  if (unit === X) base.push('staffA', 'chefX');
  if (unit === Y) base.push('chefY');
  if (steeringSees) base.push('steering');
  return only(...base);
};

describe.each(TEST_DRIVERS)('access matrix on $name', (driver) => {
  let handle: DbHandle;
  const viewers = {} as Record<Persona, Viewer>;
  let steeringUnits: Set<string>;
  let invitationId: number;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    // An open round so an invitation link is valid today.
    expect((await importCsv({ 'rounds.csv': csv('code,name,opens_on,closes_on', [['OPEN', 'Öppen omgång', '2026-11-01', '2099-12-31']]) })).rejected).toEqual([]);
    invitationId = (await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10144', round: 'OPEN' })).id;
    viewers.anonymous = { kind: 'anonymous' };
    viewers.invitation = await viewerFromSubject(handle.db, `i:${invitationId}`);
    for (const [persona, email] of Object.entries(EMAILS)) {
      const user = await userByEmail(handle.db, email);
      viewers[persona as Persona] = await viewerFromSubject(handle.db, `u:${user?.id}`);
    }
    steeringUnits = new Set((await queryRows<{ code: string }>(handle.db, sql`
      select distinct u.code from project_participants pp join people p on p.id = pp.person_id join units u on u.id = p.unit_id`)).map((r) => r.code));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('builds every persona from the database', () => {
    expect(viewers.invitation.kind).toBe('invitation');
    for (const persona of Object.keys(EMAILS)) expect(viewers[persona as Persona].kind, persona).toBe('user');
    expect(steeringUnits.has(X)).toBe(true);
    expect(steeringUnits.has('EXB-SERV-LOK-01')).toBe(false);
  });

  let firstRequirementOfD10144 = '';
  beforeAll(async () => {
    const [r] = await queryRows<{ code: string }>(handle.db, sql`
      select q.code from role_requirements rr join requirements q on q.id = rr.requirement_id join people p on p.role_id = rr.role_id
      where p.employee_id = 'D10144' order by q.code limit 1`);
    firstRequirementOfD10144 = r?.code ?? '';
  });

  const cells = (): Cell[] => [
    ...[X, Y, 'EXB', 'EXB-SERV-LOK-01'].flatMap((unit): Cell[] => {
      const expected = () => aggregates(unit, unit !== 'EXB' && steeringUnits.has(unit));
      return [
        { name: `gaps ${unit}`, fn: 'getGapReport', read: true, call: (v) => getGapReport(v, { round: ROUND, unit, by: 'requirement' }), get expect() { return expected(); } },
        { name: `priorities ${unit}`, fn: 'getPriorityReport', read: true, call: (v) => getPriorityReport(v, { round: ROUND, unit }), get expect() { return expected(); } },
        { name: `response ${unit}`, fn: 'getResponseReport', read: true, call: (v) => getResponseReport(v, { round: ROUND, unit }), get expect() { return expected(); } },
        { name: `effect ${unit}`, fn: 'getEffectReport', read: true, call: (v) => getEffectReport(v, { round: ROUND, unit, question: 'strengthened' }), get expect() { return expected(); } },
        { name: `dashboard ${unit}`, fn: 'getUnitDashboard', read: true, call: (v) => getUnitDashboard(v, { unit, round: ROUND }), get expect() { return expected(); } },
        { name: `training priorities ${unit}`, fn: 'getTrainingPriorities', read: true, call: (v) => getTrainingPriorities(v, { unit, round: ROUND }), get expect() { return expected(); } },
        { name: `export requirements ${unit}`, fn: 'exportRequirementTable', read: true, call: (v) => exportRequirementTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export priorities ${unit}`, fn: 'exportPriorityTable', read: true, call: (v) => exportPriorityTable(v, { unit, round: ROUND }, 'xlsx'), get expect() { return expected(); } },
        { name: `export roles × requirements ${unit}`, fn: 'exportRoleRequirementTable', read: true, call: (v) => exportRoleRequirementTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export child units ${unit}`, fn: 'exportChildUnitTable', read: true, call: (v) => exportChildUnitTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `dashboard summary ${unit}`, fn: 'getUnitDashboardSummary', read: true, call: (v) => getUnitDashboardSummary(v, { unit, round: ROUND }), get expect() { return expected(); } },
        { name: `export units × requirements ${unit}`, fn: 'exportUnitRequirementTable', read: true, call: (v) => exportUnitRequirementTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export trend ${unit}`, fn: 'exportTrendTable', read: true, call: (v) => exportTrendTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export levels ${unit}`, fn: 'exportLevelDistributionTable', read: true, call: (v) => exportLevelDistributionTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export gap closure ${unit}`, fn: 'exportGapClosureTable', read: true, call: (v) => exportGapClosureTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export digital uptake ${unit}`, fn: 'exportDigitalUptakeTable', read: true, call: (v) => exportDigitalUptakeTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export not understood ${unit}`, fn: 'exportNotUnderstoodTable', read: true, call: (v) => exportNotUnderstoodTable(v, { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        { name: `export dashboard table roller ${unit}`, fn: 'exportDashboardTable', read: true, call: (v) => exportDashboardTable(v, 'roller', { unit, round: ROUND }, 'csv'), get expect() { return expected(); } },
        {
          name: `staff matrix ${unit}`, fn: 'getStaffMatrix', read: true, call: (v) => getStaffMatrix(v, { unit, round: ROUND }),
          expect: only('hr', 'admin', ...(unit === X ? (['chefX'] as const) : unit === Y ? (['chefY'] as const) : [])),
        },
        {
          name: `export staff matrix ${unit}`, fn: 'exportStaffMatrixTable', read: true, call: (v) => exportStaffMatrixTable(v, { unit, round: ROUND }, 'csv'),
          expect: only('hr', 'admin', ...(unit === X ? (['chefX'] as const) : unit === Y ? (['chefY'] as const) : [])),
        },
        {
          name: `export dashboard table medarbetare ${unit}`, fn: 'exportDashboardTable', read: true, call: (v) => exportDashboardTable(v, 'medarbetare', { unit, round: ROUND }, 'xlsx'),
          expect: only('hr', 'admin', ...(unit === X ? (['chefX'] as const) : unit === Y ? (['chefY'] as const) : [])),
        },
        { name: `not understood ${unit}`, fn: 'getNotUnderstood', read: true, call: (v) => getNotUnderstood(v, { round: ROUND, unit }), get expect() { return expected(); } },
        { name: `uptake ${unit}`, fn: 'getUptakeReport', read: true, call: (v) => getUptakeReport(v, { unit, from: '2026-01-01', to: '2026-06-30' }), get expect() { return expected(); } },
      ];
    }),
    { name: 'profile of staff A (in X)', fn: 'getPersonProfile', read: true, call: (v) => getPersonProfile(v, { employeeId: 'D10144' }), expect: only('staffA', 'chefX', 'hr', 'admin', 'invitation') },
    { name: 'profile of staff B (elsewhere)', fn: 'getPersonProfile', read: true, call: (v) => getPersonProfile(v, { employeeId: 'D10155' }), expect: only('staffB', 'hr', 'admin') },
    { name: 'profile of chef Y (in Y)', fn: 'getPersonProfile', read: true, call: (v) => getPersonProfile(v, { employeeId: 'D10213' }), expect: only('chefY', 'hr', 'admin') },
    { name: 'profile of nobody', fn: 'getPersonProfile', read: true, call: (v) => getPersonProfile(v, { employeeId: 'NOPE' }), expect: only() },
    { name: 'users list', fn: 'listUsers', read: true, call: (v) => listUsers(v), expect: only('admin') },
    { name: 'role choices', fn: 'roleChoices', read: true, call: (v) => roleChoices(v), expect: only('admin') },
    { name: 'round choices for invitations', fn: 'invitationRoundChoices', read: true, call: (v) => invitationRoundChoices(v), expect: only('hr', 'admin') },
    { name: 'audit log', fn: 'listAuditEvents', read: true, call: (v) => listAuditEvents(v), expect: only('admin') },
    { name: 'overview', fn: 'getOrganisationOverview', read: true, call: (v) => getOrganisationOverview(v), expect: ALL_OK },
    { name: 'unit choices', fn: 'visibleUnitChoices', read: true, call: (v) => visibleUnitChoices(v), expect: ALL_OK },
    { name: 'steering view', fn: 'getSteeringView', read: true, call: (v) => getSteeringView(v, { project: 'ESF-STARK' }), expect: only('steering', 'hr', 'admin') },
    { name: 'steering view of no project', fn: 'getSteeringView', read: true, call: (v) => getSteeringView(v, { project: 'NOPE' }), expect: only() },
    { name: 'steering snapshot that does not exist', fn: 'getSteeringView', read: true, call: (v) => getSteeringView(v, { project: 'ESF-STARK', snapshot: 999_999 }), expect: only() },
    { name: 'steering projects', fn: 'listSteeringProjects', read: true, call: (v) => listSteeringProjects(v), expect: ALL_OK },
    { name: 'snapshots', fn: 'listSnapshots', read: true, call: (v) => listSnapshots(v, 'ESF-STARK'), expect: only('steering', 'hr', 'admin') },
    { name: 'indicator choices', fn: 'getIndicatorChoices', read: true, call: (v) => getIndicatorChoices(v, 'ESF-STARK'), expect: only('hr', 'admin') },
    // The report pack has the steering page's access (the PDF's printing is stubbed here).
    { name: 'steering workbook', fn: 'exportSteeringWorkbook', read: true, call: (v) => exportSteeringWorkbook(v, { project: 'ESF-STARK' }), expect: only('steering', 'hr', 'admin') },
    { name: 'steering workbook of no project', fn: 'exportSteeringWorkbook', read: true, call: (v) => exportSteeringWorkbook(v, { project: 'NOPE' }), expect: only() },
    { name: 'steering workbook of no snapshot', fn: 'exportSteeringWorkbook', read: true, call: (v) => exportSteeringWorkbook(v, { project: 'ESF-STARK', snapshot: 999_999 }), expect: only() },
    {
      name: 'steering report (PDF)', fn: 'exportSteeringReport', read: true, expect: only('steering', 'hr', 'admin'),
      call: (v) => exportSteeringReport(v, { project: 'ESF-STARK' }, async () => new Uint8Array([37, 80, 68, 70])),
    },
    {
      name: 'steering report (PDF) of no project', fn: 'exportSteeringReport', read: true, expect: only(),
      call: (v) => exportSteeringReport(v, { project: 'NOPE' }, async () => new Uint8Array([37, 80, 68, 70])),
    },
    { name: 'own survey', fn: 'getSurvey', read: true, call: (v) => getSurvey(v, {}), expect: { ...ALL_OK, anonymous: 'not-found' } },
    // Frameworks: HR and administrators; settings: administrators; the header's name and logo: anyone.
    { name: 'frameworks', fn: 'listFrameworks', read: true, call: (v) => listFrameworks(v), expect: only('hr', 'admin') },
    {
      name: 'framework editor', fn: 'getFrameworkEditor', read: true, expect: only('hr', 'admin'),
      call: async (v) => getFrameworkEditor(v, { framework: (await listFrameworks(SYSTEM_VIEWER)).frameworks[0]?.id ?? 0 }),
    },
    { name: 'framework of nothing', fn: 'getFrameworkEditor', read: true, call: (v) => getFrameworkEditor(v, { framework: 999_999 }), expect: only() },
    { name: 'requirement editor', fn: 'getRequirementEditor', read: true, call: (v) => getRequirementEditor(v, { code: 'BEM' }), expect: only('hr', 'admin') },
    { name: 'framework history', fn: 'listFrameworkChanges', read: true, call: (v) => listFrameworkChanges(v), expect: only('hr', 'admin') },
    { name: 'installation settings', fn: 'getInstallationSettings', read: true, call: (v) => getInstallationSettings(v), expect: only('admin') },
    { name: 'site name and logo', fn: 'getSiteBranding', read: true, call: (v) => getSiteBranding(v), expect: ALL_OK },
    // Personal data: administrators; the register extract also for the person themself (signed in, not by link).
    { name: 'personal data overview', fn: 'getPersonalDataOverview', read: true, call: (v) => getPersonalDataOverview(v), expect: only('admin') },
    { name: 'personal data search', fn: 'searchPersonalData', read: true, call: (v) => searchPersonalData(v, { text: 'Jaber' }), expect: only('admin') },
    { name: 'stored personal data of staff A', fn: 'getStoredPersonalData', read: true, call: (v) => getStoredPersonalData(v, { employeeId: 'D10144' }), expect: only('admin') },
    { name: 'register extract of staff A', fn: 'getRegisterExtract', read: true, call: (v) => getRegisterExtract(v, { employeeId: 'D10144' }), expect: only('admin', 'staffA') },
    { name: 'register extract of nobody', fn: 'getRegisterExtract', read: true, call: (v) => getRegisterExtract(v, { employeeId: 'NOPE' }), expect: only() },
    { name: 'register extract JSON of staff B', fn: 'exportRegisterExtractJson', read: true, call: (v) => exportRegisterExtractJson(v, { employeeId: 'D10155' }), expect: only('admin', 'staffB') },
    {
      name: 'register extract PDF of staff A', fn: 'exportRegisterExtractPdf', read: true, expect: only('admin', 'staffA'),
      call: (v) => exportRegisterExtractPdf(v, { employeeId: 'D10144' }, async () => new Uint8Array([37, 80, 68, 70])),
    },
    { name: 'retention sweep (dry run)', fn: 'runRetentionSweep', read: true, call: (v) => runRetentionSweep(v, { dryRun: true, trigger: 'sida' }), expect: only('admin') },
    // Rounds and letters: HR and administrators; a batch of letters only for its maker (none here).
    { name: 'rounds', fn: 'listAdminRounds', read: true, call: (v) => listAdminRounds(v), expect: only('hr', 'admin') },
    { name: 'new-round choices', fn: 'roundFormChoices', read: true, call: (v) => roundFormChoices(v), expect: only('hr', 'admin') },
    { name: 'one round', fn: 'getAdminRound', read: true, call: (v) => getAdminRound(v, { round: ROUND }), expect: only('hr', 'admin') },
    { name: 'no round', fn: 'getAdminRound', read: true, call: (v) => getAdminRound(v, { round: 'NOPE' }), expect: only() },
    { name: 'letter choices', fn: 'letterChoices', read: true, call: (v) => letterChoices(v, { round: 'OPEN' }), expect: only('hr', 'admin') },
    { name: 'letters nobody made', fn: 'getInvitationLetters', read: true, call: (v) => getInvitationLetters(v, { round: 'OPEN', batch: 'A'.repeat(22) }), expect: only() },
    // The reminder list names people: the unit's chef, HR and administrators (reading audits, changes nothing else).
    { name: `reminders ${X}`, fn: 'getReminderList', read: true, call: (v) => getReminderList(v, { unit: X }), expect: only('chefX', 'hr', 'admin') },
    { name: `reminders ${Y}`, fn: 'getReminderList', read: true, call: (v) => getReminderList(v, { unit: Y }), expect: only('chefY', 'hr', 'admin') },
    // API keys: administrators only (what a key itself may read: tests/db/api-v1.test.ts).
    { name: 'API keys', fn: 'listApiKeys', read: true, call: (v) => listApiKeys(v), expect: only('admin') },
  ];

  it.each(PERSONAS)('%s gets exactly what their role allows, and reading changes nothing', async (persona) => {
    const viewer = viewers[persona];
    const before = await snapshot(handle.db);
    const wrong: string[] = [];
    for (const cell of cells()) {
      let outcome: Outcome;
      try {
        await cell.call(viewer);
        outcome = 'ok';
      } catch (error) {
        outcome = outcomeOf(error);
      }
      if (outcome !== cell.expect[persona]) wrong.push(`${cell.name}: ${outcome}, expected ${cell.expect[persona]}`);
    }
    expect(wrong).toEqual([]);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it.each(PERSONAS)('%s sees only the units of their scope on the start page', async (persona) => {
    const overview = await getOrganisationOverview(viewers[persona]);
    const roots = overview.tree.map((u) => u.code).sort();
    // The unit picker of the priorities page offers the same tops.
    expect((await visibleUnitChoices(viewers[persona])).filter((u) => u.depth === 0).map((u) => u.code).sort()).toEqual(roots);
    const expected: Record<Persona, string[] | 'steering'> = {
      anonymous: [], invitation: [], staffA: [X], staffB: ['EXB-VO-FUNK-03'], chefX: [X], chefY: [Y], hr: ['EXB'], admin: ['EXB'], steering: 'steering',
    };
    const want = expected[persona];
    if (want === 'steering') {
      expect(roots.length).toBeGreaterThan(0);
      for (const r of roots) expect(steeringUnits.has(r), r).toBe(true);
    } else expect(roots).toEqual(want);
  });

  it('shows individual effect answers to the person signed in only, never through a link, to their chef, HR or an administrator', async () => {
    const own = await getPersonProfile(viewers.staffA, { employeeId: 'D10144', round: ROUND });
    expect(own.effectAnswers?.length).toBeGreaterThan(0);
    // A personal link (HR made it and may have seen it) never reads an effect answer back, in any round.
    for (const round of (await getPersonProfile(viewers.invitation, { employeeId: 'D10144' })).rounds) {
      const seen = await getPersonProfile(viewers.invitation, { employeeId: 'D10144', round: round.code });
      expect(seen.effectAnswers, round.code).toBeNull();
    }
    const survey = await getSurvey(viewers.invitation, {});
    expect(survey.effectQuestions.length).toBeGreaterThan(0);
    expect(survey.effectQuestions.every((q) => q.value === null)).toBe(true);
    for (const p of ['chefX', 'hr', 'admin'] as const) {
      const seen = await getPersonProfile(viewers[p], { employeeId: 'D10144', round: ROUND });
      expect(seen.requirements.length, p).toBeGreaterThan(0);
      expect(seen.effectAnswers, p).toBeNull();
    }
  });

  it('audits every opening of an individual’s answers by someone else, without the values', async () => {
    await getPersonProfile(viewers.chefX, { employeeId: 'D10144' });
    const [last] = await listAuditEvents(viewers.admin, { limit: 1 });
    expect(last).toMatchObject({ actor: 'karin.olofsson@exempelby.example', action: 'visade individuella svar', subject: 'Mariam Jaber (D10144)' });
    expect(Object.keys(last?.details ?? {}).sort()).toEqual(['employeeId', 'round']);
  });

  it('lets only administrators change users and roles, and only HR and administrators create invitation links', async () => {
    const target = (await userByEmail(handle.db, 'linda.pettersson@exempelby.example'))!;
    const writes: Array<{ name: string; call: (v: Viewer) => Promise<unknown>; ok: Persona[]; otherwise?: Partial<Record<Persona, Outcome>> }> = [
      // Chef X may confirm levels of staff A; staff A may not confirm her own (a clear refusal).
      { name: 'validate a level', call: (v) => validateLevel(v, { employeeId: 'D10144', round: 'OPEN', requirement: firstRequirementOfD10144, level: 2 }), ok: ['chefX', 'hr'], otherwise: { staffA: 'invalid' } },
      // Not in a closed round, whoever asks (DOMAIN.md "Rounds that have closed").
      {
        name: 'validate a level in a closed round', ok: [], otherwise: { chefX: 'invalid', hr: 'invalid', staffA: 'invalid' },
        call: (v) => validateLevel(v, { employeeId: 'D10144', round: ROUND, requirement: firstRequirementOfD10144, level: 2 }),
      },
      { name: 'grant role', call: (v) => grantRole(v, { userId: target.id, role: 'hr', unitCode: null, projectCode: null }), ok: ['admin'] },
      { name: 'disable user', call: (v) => setUserDisabled(v, { userId: target.id, disabled: false }), ok: ['admin'] },
      { name: 'create user', call: (v) => createUser(v, { email: `ny-${Math.random()}@exempelby.example`, name: 'Ny', employeeId: null }), ok: ['admin'] },
      { name: 'revoke role', call: (v) => revokeRole(v, { userId: target.id, grantId: 999_999 }), ok: [] },
      { name: 'invitation link', call: (v) => createInvitationLink(v, { employeeId: 'D10155', round: 'OPEN' }), ok: ['hr', 'admin'] },
      { name: 'revoke invitation', call: (v) => revokeInvitationLink(v, { invitationId: 999_999 }), ok: [] },
      { name: 'freeze steering figures', call: (v) => freezeSnapshot(v, { project: 'ESF-STARK', label: 'Möte' }), ok: ['hr'] },
      {
        name: 'add an indicator', ok: ['hr'],
        call: (v) => addEffectIndicator(v, { project: 'ESF-STARK', question: 'learning_at_work', target: 0.7, baselineRound: 'KART-2025', followUpRound: 'KART-2026' }),
      },
      { name: 'import (dry run)', call: (v) => runImport(v, { tables: {}, problems: [], warnings: [] }, { dryRun: true }), ok: ['admin'] },
      // Import in the browser (tests/db/import-upload.test.ts): administrators only, refused before the upload is read.
      { name: 'upload limits', call: async (v) => importUploadLimits(v), ok: ['admin'] },
      { name: 'receive an upload', call: (v) => receiveImportUpload(v, { body: null, contentLength: '0', contentType: null }), ok: [] },
      { name: 'check an upload', call: (v) => checkImportUpload(v, [{ name: 'roles.csv', data: new TextEncoder().encode('code,name\nNY,Ny\n') }]), ok: ['admin'] },
      { name: 'open an upload', call: (v) => getImportUpload(v, NO_UPLOAD), ok: [] },
      { name: 'confirm an upload', call: (v) => confirmImportUpload(v, NO_UPLOAD), ok: [] },
      { name: 'discard an upload', call: (v) => discardImportUpload(v, NO_UPLOAD), ok: ['admin'] },
      { name: 'download an upload’s problems', call: (v) => exportImportUploadProblems(v, NO_UPLOAD), ok: [] },
      // Framework edits: HR gets past the access check (an empty table changes nothing; the others are refused as invalid input).
      {
        name: 'set role requirements', ok: ['hr'],
        call: async (v) => setRoleRequirements(v, { framework: (await listFrameworks(SYSTEM_VIEWER)).frameworks[0]?.id ?? 0, role: 'USK', rows: [], confirmRemoval: false }),
      },
      { name: 'rename a requirement', call: (v) => updateRequirement(v, { code: 'BEM', name: ' ', area: null, description: null }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'add a requirement', call: (v) => createRequirement(v, { framework: 1, code: 'NY', name: ' ', area: null, description: null }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'translate a requirement', call: (v) => setRequirementTranslation(v, { code: 'BEM', language: 'sv', name: 'x', description: null }), ok: [], otherwise: { hr: 'invalid' } },
      {
        name: 'copy a framework', ok: [], otherwise: { hr: 'invalid' },
        call: async (v) => {
          const [f] = (await listFrameworks(SYSTEM_VIEWER)).frameworks;
          return copyFramework(v, { framework: f?.id ?? 0, name: f?.name ?? '', prefix: 'KOPIA', copyRoleRequirements: false });
        },
      },
      { name: 'change settings', call: (v) => updateInstallationSettings(v, { minGroupSize: 3 }), ok: [] },
      { name: 'remove personal data', call: (v) => pseudonymisePersonOnRequest(v, { employeeId: 'D10155', confirmation: 'D10155' }), ok: [] },
      { name: 'retention sweep', call: (v) => runRetentionSweep(v, { dryRun: false, trigger: 'sida' }), ok: [] },
      // Rounds: HR gets past the access check and is refused as invalid input (a closed round, a bad code), so nothing changes.
      { name: 'create a round', call: (v) => createRound(v, { code: 'två ord', name: 'x', opensOn: '2099-01-01', closesOn: '2099-02-01', kind: 'kombinerad', units: [] }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'open a round now', call: (v) => openRoundNow(v, { round: 'KART-2025' }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'close a round now', call: (v) => closeRoundNow(v, { round: 'KART-2025' }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'invite from units', call: (v) => createRoundInvitations(v, { round: 'KART-2025' }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'make letters', call: (v) => createInvitationLetters(v, { round: 'KART-2025', unit: X, origin: 'https://example.org' }), ok: [], otherwise: { hr: 'invalid' } },
      { name: 'letters as PDF', call: (v) => exportInvitationLettersPdf(v, { round: 'OPEN', batch: 'A'.repeat(22) }, async () => new Uint8Array()), ok: [] },
    ];
    const wrong: string[] = [];
    for (const persona of PERSONAS.filter((p) => p !== 'admin')) {
      const before = await snapshot(handle.db);
      for (const w of writes) {
        let outcome: Outcome;
        try {
          await w.call(viewers[persona]);
          outcome = 'ok';
        } catch (error) {
          outcome = outcomeOf(error);
        }
        const want: Outcome = w.ok.includes(persona) ? 'ok' : (w.otherwise?.[persona] ?? 'not-found');
        if (outcome !== want) wrong.push(`${persona} ${w.name}: ${outcome}, expected ${want}`);
      }
      // Refused writes changed nothing (chef X's and HR's allowed writes aside).
      if (persona !== 'hr' && persona !== 'chefX') expect(await snapshot(handle.db), persona).toEqual(before);
    }
    expect(wrong).toEqual([]);
  });

  it('stores survey answers only for the signed-in person themself, in their open round', async () => {
    const answer = [{ kind: 'effect' as const, question: 'strengthened', value: 4 }];
    const want: Record<Persona, Outcome> = {
      anonymous: 'not-found', staffA: 'ok', staffB: 'ok', chefX: 'ok', chefY: 'ok', invitation: 'ok', hr: 'invalid', admin: 'invalid', steering: 'invalid',
    };
    const wrong: string[] = [];
    for (const persona of PERSONAS) {
      let outcome: Outcome;
      try {
        await saveSurveyAnswers(viewers[persona], answer);
        await submitSurvey(viewers[persona]);
        outcome = 'ok';
      } catch (error) {
        outcome = outcomeOf(error);
      }
      if (outcome !== want[persona]) wrong.push(`${persona}: ${outcome}, expected ${want[persona]}`);
    }
    expect(wrong).toEqual([]);
    // Each answer landed on its own person: staff A answered twice (her open round as a user,
    // the invitation's round by link), staff B and both chefs once; nobody else has any.
    const [row] = await queryRows<{ people: number; answers: number }>(handle.db, sql`
      select count(distinct er.person_id)::int as people, count(*)::int as answers
      from effect_responses er join rounds r on r.id = er.round_id where r.code in ('KART-2026-H', 'OPEN')`);
    expect(row).toEqual({ people: 4, answers: 5 });
  });

  it('ends a disabled user’s and a revoked invitation’s access at the next request', async () => {
    const linda = (await userByEmail(handle.db, 'linda.pettersson@exempelby.example'))!;
    await setUserDisabled(viewers.admin, { userId: linda.id, disabled: true });
    expect((await viewerFromSubject(handle.db, `u:${linda.id}`)).kind).toBe('anonymous');
    await setUserDisabled(viewers.admin, { userId: linda.id, disabled: false });
    expect((await viewerFromSubject(handle.db, `u:${linda.id}`)).kind).toBe('user');

    const link = await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10155', round: 'OPEN' });
    expect((await viewerFromSubject(handle.db, `i:${link.id}`)).kind).toBe('invitation');
    await revokeInvitationLink(SYSTEM_VIEWER, { invitationId: link.id });
    expect((await viewerFromSubject(handle.db, `i:${link.id}`)).kind).toBe('anonymous');
    const expired = await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10155', round: 'OPEN' });
    await handle.db.execute(sql`update invitation_tokens set expires_at = ${new Date(clockNow().getTime() - 60_000).toISOString()}::timestamptz where id = ${expired.id}`);
    expect((await viewerFromSubject(handle.db, `i:${expired.id}`)).kind).toBe('anonymous');
    await expect(createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10155', round: 'KART-2025' })).rejects.toThrow(/har stängt/);
  });

  it('lists every exported lib/data function in this matrix or as an internal helper', async () => {
    const covered = new Set([
      ...cells().map((c) => c.fn),
      'grantRole', 'setUserDisabled', 'createUser', 'revokeRole', 'createInvitationLink', 'revokeInvitationLink', 'runImport',
      'importUploadLimits', 'receiveImportUpload', 'checkImportUpload', 'getImportUpload', 'confirmImportUpload', 'discardImportUpload', 'exportImportUploadProblems',
      'validateLevel', 'saveSurveyAnswers', 'submitSurvey', 'freezeSnapshot', 'addEffectIndicator',
      'setRoleRequirements', 'updateRequirement', 'createRequirement', 'setRequirementTranslation', 'copyFramework', 'updateInstallationSettings',
      'pseudonymisePersonOnRequest',
      'createRound', 'openRoundNow', 'closeRoundNow', 'createRoundInvitations', 'createInvitationLetters', 'exportInvitationLettersPdf',
      // API keys: creating and revoking (administrators only), the key's own viewer and the audit of
      // its reads (writes only for an API key's viewer), in tests/db/api-v1.test.ts.
      'createApiKey', 'revokeApiKey', 'viewerFromApiKey', 'recordApiRead',
    ]);
    // Helpers that are not doors of their own: they are called by the functions above.
    const internal = new Set([
      'accessProfile', 'unitScope', 'requireRound', 'requireAdmin', 'requireHrOrAdmin', 'NotFoundError', 'InvalidInputError', 'checkHealth', 'listDemoUsers', 'ownEmployeeId',
      // lib/data/exports: writing and describing a file, for the exporters above.
      'exportFile', 'kRuleLine', 'dashboardAbout', 'competenceKRuleLine',
      // The k rule on competence figures, used by every competence read above.
      'competenceGuardFor',
      // lib/data/exports/steering-*: the report pack's file name and the page it prints.
      'steeringFilename', 'steeringPrintPath',
      // lib/data/steering-indicators: the figures of one indicator, for getSteeringView (which checks access).
      'computeIndicator', 'projectRoots',
      // lib/data/settings: k and the retention time for the functions that apply them (no viewer: they show nothing).
      'minGroupSize', 'retentionMonths',
      // lib/data/register-extract: the page the extract's PDF is printed from.
      'registerExtractPrintPath',
      // lib/data/invitation-letters: the page the letters' PDF is printed from.
      'invitationLettersPrintPath',
    ]);
    const dir = path.resolve(__dirname, '../../lib/data');
    // Every file under lib/data, folders included (lib/data/exports).
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files).toContain(path.join('exports', 'staff-matrix-table.ts'));
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') exported.push(name);
    }
    expect(exported.filter((name) => !covered.has(name) && !internal.has(name))).toEqual([]);
  });
});
