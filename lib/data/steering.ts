import 'server-only';
import { z } from 'zod';
import { getDb, type DbOrTx } from '@/db/client';
import { allRounds, allUnits } from '@/db/queries/reference-data';
import { projectIndicatorRecords, projectList, projectRecord, snapshotList, snapshotView, type ProjectRecord } from '@/db/queries/steering';
import { projectUnitCodes } from '@/db/queries/users';
import { writeAudit } from '@/db/writes/audit';
import { insertIndicator, insertSnapshot } from '@/db/writes/steering';
import { changesBetween } from '@/lib/domain/steering-changes';
import { elapsedShare, STATUS_RULES } from '@/lib/domain/indicators';
import { actorLabel, hasRole, isAdmin, type Viewer } from '@/lib/auth/viewer';
import { requireHrOrAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';
import { computeIndicator, projectRoots } from './steering-indicators';
import type { SteeringView } from './steering-types';
import { minGroupSize } from './settings';
import { clockNow, swedishDate, todayInSweden } from '@/lib/clock/clock';
import { snapshotAsShownNow } from '@/lib/domain/snapshot-rules';

export type { SteeringView } from './steering-types';

/** Steering-group members follow their own projects; HR and administrators every project. */
function mayFollow(viewer: Viewer, projectCode: string): boolean {
  if (isAdmin(viewer) || hasRole(viewer, 'hr')) return true;
  return viewer.kind === 'user' && viewer.roles.some((g) => g.role === 'steering' && g.projectCode === projectCode);
}

async function requireProject(db: DbOrTx, viewer: Viewer, code: string): Promise<ProjectRecord> {
  const project = mayFollow(viewer, code) ? await projectRecord(db, code) : undefined;
  if (!project) throw new NotFoundError('Projektet', code);
  return project;
}

/** The projects the viewer may follow, for the start page. */
export async function listSteeringProjects(viewer: Viewer): Promise<Array<{ code: string; name: string }>> {
  if (viewer.kind !== 'user' && viewer.kind !== 'system') return [];
  const projects = await projectList(await getDb());
  return projects.filter((p) => mayFollow(viewer, p.code));
}

/** Computes the live view: every indicator with its figures suppressed by the k rule. */
async function liveView(db: DbOrTx, project: ProjectRecord): Promise<SteeringView> {
  const today = todayInSweden();
  const [units, records, participantUnits] = await Promise.all([allUnits(db), projectIndicatorRecords(db, project.id), projectUnitCodes(db, [project.code])]);
  const ctx = {
    db,
    project,
    units,
    roots: projectRoots(units, participantUnits.map((u) => u.code)),
    k: await minGroupSize(db),
    today,
    elapsed: elapsedShare(project.startsOn, project.endsOn, today),
  };
  const indicators = [];
  // One at a time: PGlite is a single connection, and each indicator is a few queries.
  for (const record of records) {
    const indicator = await computeIndicator(ctx, record);
    if (indicator) indicators.push(indicator);
  }
  return {
    project: { code: project.code, name: project.name, diaryNumber: project.diaryNumber, startsOn: project.startsOn, endsOn: project.endsOn, plannedParticipants: project.plannedParticipants },
    k: ctx.k,
    dataAsOf: clockNow().toISOString(),
    snapshot: null,
    elapsed: ctx.elapsed,
    indicators,
    changes: [],
    comparedWith: null,
    statusRules: STATUS_RULES,
  };
}

/**
 * A stored snapshot as it may be shown today: effect figures of rounds that had closed when it
 * was frozen only, and the k in force now where it is higher (lib/domain/snapshot-rules.ts).
 */
async function storedViewNow(db: DbOrTx, stored: { view: unknown; frozenAt: string }): Promise<SteeringView> {
  const view = (typeof stored.view === 'string' ? JSON.parse(stored.view) : stored.view) as SteeringView;
  const [rounds, k] = await Promise.all([allRounds(db), minGroupSize(db)]);
  return snapshotAsShownNow(view, { k, closesOn: new Map(rounds.map((r) => [r.code, r.closesOn])), frozenOn: swedishDate(new Date(stored.frozenAt)) });
}

/**
 * The steering page of a project: live figures, or a frozen snapshot (`snapshot` = its id),
 * with what changed most since the latest snapshot before it. Not found for anyone who may not
 * follow the project, and for a snapshot of another project.
 */
export async function getSteeringView(viewer: Viewer, args: { project: string; snapshot?: number | null }): Promise<SteeringView> {
  const db = await getDb();
  const project = await requireProject(db, viewer, args.project);
  const snapshots = await snapshotList(db, project.id);
  if (args.snapshot !== undefined && args.snapshot !== null) {
    // Ids are PostgreSQL integers: anything else names no snapshot (and must not reach SQL as an error).
    if (!Number.isInteger(args.snapshot) || args.snapshot < 1 || args.snapshot > 2_147_483_647) throw new NotFoundError('Ögonblicksbilden', String(args.snapshot));
    const stored = await snapshotView(db, project.id, args.snapshot);
    if (!stored) throw new NotFoundError('Ögonblicksbilden', String(args.snapshot));
    const view = await storedViewNow(db, stored);
    return { ...view, snapshot: { id: stored.id, label: stored.label, frozenAt: stored.frozenAt, frozenBy: stored.frozenBy } };
  }
  const view = await liveView(db, project);
  const latest = snapshots[0];
  if (!latest) return view;
  const stored = await snapshotView(db, project.id, latest.id);
  if (!stored) return view;
  return { ...view, changes: changesBetween((await storedViewNow(db, stored)).indicators, view.indicators), comparedWith: { id: latest.id, label: latest.label, frozenAt: latest.frozenAt } };
}

/** A project's snapshots, newest first. */
export async function listSnapshots(viewer: Viewer, project: string): Promise<Array<{ id: number; label: string; frozenAt: string; frozenBy: string }>> {
  const db = await getDb();
  const p = await requireProject(db, viewer, project);
  return snapshotList(db, p.id);
}

const freezeInput = z.object({
  project: z.string().min(1),
  label: z.string().trim().min(1, 'Skriv ett namn på ögonblicksbilden, till exempel mötets datum.').max(120, 'Namnet får vara högst 120 tecken.'),
});

/**
 * HR freezes the live figures for a meeting. The stored view holds only what the page shows
 * (aggregated, suppressed figures), with what had changed since the previous snapshot.
 */
export async function freezeSnapshot(viewer: Viewer, input: { project: string; label: string }): Promise<{ id: number }> {
  requireHrOrAdmin(viewer);
  const parsed = freezeInput.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? 'Ogiltiga uppgifter.');
  const db = await getDb();
  const project = await requireProject(db, viewer, parsed.data.project);
  const view = await getSteeringView(viewer, { project: project.code });
  const id = await db.transaction(async (tx) => {
    const newId = await insertSnapshot(tx, { projectId: project.id, label: parsed.data.label, frozenBy: actorLabel(viewer), view: { ...view, snapshot: null } });
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'frös styrgruppens siffror',
      details: { project: project.code, snapshot: newId, label: parsed.data.label },
    });
    return newId;
  });
  return { id };
}

/** The effect questions and rounds HR may choose from when adding an indicator. */
export async function getIndicatorChoices(viewer: Viewer, project: string): Promise<{ questions: Array<{ code: string; text: string }>; rounds: Array<{ code: string; name: string }> }> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  await requireProject(db, viewer, project);
  const [rounds, questions] = await Promise.all([allRounds(db), db.query.effectQuestions.findMany({ columns: { code: true, text: true }, orderBy: (q, { asc }) => [asc(q.code)] })]);
  return { questions, rounds: rounds.map((r) => ({ code: r.code, name: r.name })) };
}

const indicatorInput = z.object({
  project: z.string().min(1),
  question: z.string().min(1, 'Välj en fråga.'),
  name: z.string().trim().max(160, 'Namnet får vara högst 160 tecken.').optional(),
  target: z.number().min(0, 'Målet ska vara mellan 0 och 100 procent.').max(1, 'Målet ska vara mellan 0 och 100 procent.').nullable(),
  baselineRound: z.string().min(1, 'Välj en omgång för utgångsläget.'),
  followUpRound: z.string().min(1, 'Välj en omgång för uppföljningen.'),
});

/** HR adds an indicator from any effect question: the share answering 4 or 5, against a target share. */
export async function addEffectIndicator(
  viewer: Viewer,
  input: { project: string; question: string; name?: string; target: number | null; baselineRound: string; followUpRound: string },
): Promise<void> {
  requireHrOrAdmin(viewer);
  const parsed = indicatorInput.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? 'Ogiltiga uppgifter.');
  const v = parsed.data;
  const db = await getDb();
  const project = await requireProject(db, viewer, v.project);
  const [rounds, question] = await Promise.all([allRounds(db), db.query.effectQuestions.findFirst({ where: (q, { eq }) => eq(q.code, v.question) })]);
  const baseline = rounds.find((r) => r.code === v.baselineRound);
  const followUp = rounds.find((r) => r.code === v.followUpRound);
  if (!question) throw new InvalidInputError('Frågan finns inte.');
  if (!baseline || !followUp) throw new InvalidInputError('Omgången finns inte.');
  if (baseline.opensOn > followUp.opensOn) throw new InvalidInputError('Utgångsläget ska vara en tidigare omgång än uppföljningen.');
  const code = `fraga-${question.code}`;
  await db.transaction(async (tx) => {
    const added = await insertIndicator(tx, {
      projectId: project.id, code, kind: 'effect_question', name: v.name || question.text, target: v.target,
      baselineRoundId: baseline.id, followUpRoundId: followUp.id, questionId: question.id,
    });
    if (!added) throw new InvalidInputError('Projektet har redan en indikator för den frågan.');
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'lade till indikator',
      details: { project: project.code, indicator: code },
    });
  });
}
