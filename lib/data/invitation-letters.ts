import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { adminRoundByCode, effectQuestionCount, invitationsByUnit, invitedPeopleInUnits } from '@/db/queries/rounds-admin';
import { storedBranding } from '@/db/queries/settings';
import { writeAudit } from '@/db/writes/audit';
import { replaceRoundLinks } from '@/db/writes/rounds';
import type { RoundKind } from '@/lib/domain/enums';
import { roundStatus, surveyMinutes } from '@/lib/domain/round-status';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { unitsInTreeOrder, type TreeUnit } from '@/lib/domain/unit-tree-order';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { qrSvg, type QrSvg } from '@/lib/qr/qr-svg';
import { requireHrOrAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';
import type { ExportFile } from './exports/export-file';
import { minGroupSize } from './settings';
import { clockNow, todayInSweden } from '@/lib/clock/clock';

// Invitation letters: one printed letter per person with their personal link and its QR code, for
// staff who get the letter from their manager. Making the letters makes a new link for each person
// (their earlier links to the round stop working). Only the links' hashes are stored, so the links
// themselves exist only in the letters: they are held in this server process's memory, for the
// person who made them, for LETTERS_HELD_MINUTES, to show the page and print its PDF, and then
// forgotten. Decision record 011 (docs/decisions/011-invitation-letters-held-in-memory.md).

export const LETTERS_HELD_MINUTES = 15;
const MAX_HELD_BATCHES = 20;

export interface InvitationLetter {
  name: string;
  unitName: string;
  roleName: string;
  /** The personal link, written out. */
  url: string;
  qr: QrSvg;
  /** About how long the survey takes this person. */
  minutes: number;
}

export interface LetterBatch {
  id: string;
  round: { code: string; name: string; closesOn: string; kind: RoundKind };
  unit: { code: string; name: string };
  /** Who the letters are from: the organisation's name from the settings, else the top of the unit's tree. */
  organisation: string;
  /** The minimum group size, for "others see only figures of at least k people". */
  k: number;
  createdAt: string;
  /** When the links are forgotten (ISO time). */
  heldUntil: string;
  /** Earlier links of the same people to the round that stopped working. */
  revoked: number;
  letters: InvitationLetter[];
}

interface HeldBatch {
  owner: string;
  expires: number;
  batch: LetterBatch;
}

// On globalThis: Next.js loads pages and route handlers in separate module graphs of one process,
// and the PDF route's printing asks the page, which must find the same batch.
const held = ((globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.letterBatches')] ??= new Map<string, HeldBatch>()) as Map<string, HeldBatch>;

function ownerOf(viewer: Viewer): string {
  return viewer.kind === 'user' ? `u:${viewer.userId}` : viewer.kind;
}

function forgetExpired(now: number): void {
  for (const [id, h] of held) if (h.expires <= now) held.delete(id);
}

function hold(viewer: Viewer, batch: LetterBatch, expires: number): void {
  forgetExpired(clockNow().getTime());
  held.set(batch.id, { owner: ownerOf(viewer), expires, batch });
  // The oldest go first when many are held at once (a Map keeps insertion order).
  while (held.size > MAX_HELD_BATCHES) held.delete(held.keys().next().value as string);
}

/** A held batch of letters, only for the person who made it and only while it is held. */
function heldBatch(viewer: Viewer, round: string, id: string): LetterBatch {
  forgetExpired(clockNow().getTime());
  const h = held.get(id);
  if (!h || h.owner !== ownerOf(viewer) || h.batch.round.code !== round) throw new NotFoundError('Breven', '');
  return h.batch;
}

/** An http(s) origin such as `https://kompetens.kommun.se`, the links' beginning. */
function checkedOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new InvalidInputError('Adressen till Kompetenskartan är inte giltig');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInputError('Adressen till Kompetenskartan är inte giltig');
  return url.origin;
}

async function requireRoundRow(code: string) {
  const db = await getDb();
  const round = await adminRoundByCode(db, code);
  if (!round) throw new NotFoundError('Omgången', code);
  return { db, round };
}

export interface LetterChoices {
  round: { code: string; name: string; closesOn: string; closed: boolean };
  /** Units whose people (or people below them) are invited, in tree order, counted with everything below. */
  units: Array<TreeUnit & { invited: number }>;
}

/** The units letters can be made for in a round. HR and administrators. */
export async function letterChoices(viewer: Viewer, args: { round: string }): Promise<LetterChoices> {
  requireHrOrAdmin(viewer);
  const { db, round } = await requireRoundRow(args.round);
  const [units, counts] = await Promise.all([allUnits(db), invitationsByUnit(db, round.id)]);
  const direct = new Map(counts.map((c) => [c.unit, c.invited]));
  return {
    round: { code: round.code, name: round.name, closesOn: round.closesOn, closed: roundStatus(round, todayInSweden()) === 'closed' },
    units: unitsInTreeOrder(units).flatMap((u) => {
      let invited = 0;
      for (const code of subtreeCodes(units, u.code)) invited += direct.get(code) ?? 0;
      return invited > 0 ? [{ ...u, invited }] : [];
    }),
  };
}

/**
 * Makes the letters of one unit (and everything below it) in a round: a new personal link for each
 * invited person, replacing their earlier ones to the round. Returns the id of the held batch.
 * HR and administrators; audited (how many, never the links).
 */
export async function createInvitationLetters(viewer: Viewer, args: { round: string; unit: string; origin: string }): Promise<{ batch: string; letters: number }> {
  requireHrOrAdmin(viewer);
  const origin = checkedOrigin(args.origin);
  const { db, round } = await requireRoundRow(args.round);
  if (roundStatus(round, todayInSweden()) === 'closed') throw new InvalidInputError(`Omgången ${round.name} har stängt. Det går inte att skriva brev till den`);
  const units = await allUnits(db);
  const unit = units.find((u) => u.code === args.unit);
  if (!unit) throw new NotFoundError('Enheten', args.unit);
  const codes = subtreeCodes(units, unit.code);
  const people = await invitedPeopleInUnits(db, round.id, units.filter((u) => codes.has(u.code)).map((u) => u.id));
  if (people.length === 0) throw new InvalidInputError(`Ingen på ${unit.name} är inbjuden till omgången. Skapa inbjudningar först`);

  // End of the closing day in Swedish standard time, as for every personal link.
  const expiresAt = new Date(`${round.closesOn}T23:59:59.999+01:00`);
  const tokens = new Map(people.map((p) => [p.id, newToken()]));
  const revoked = await db.transaction(async (tx) => {
    const result = await replaceRoundLinks(tx, round.id, people.map((p) => ({ personId: p.id, tokenHash: hashToken(tokens.get(p.id) as string) })), expiresAt, actorLabel(viewer));
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'skapade inbjudningsbrev',
      details: { round: round.code, unit: unit.code, letters: people.length, revokedLinks: result.revoked },
    });
    return result.revoked;
  });

  const [branding, k, effectQuestions] = await Promise.all([storedBranding(db), minGroupSize(db), effectQuestionCount(db)]);
  // The top of the unit's own tree (an installation may hold more than one organisation).
  const byCode = new Map(units.map((u) => [u.code, u]));
  let top = unit;
  while (top.parentCode !== null && byCode.has(top.parentCode)) top = byCode.get(top.parentCode) as typeof unit;
  const askedRequirements = round.kind !== 'effekt';
  const askedEffect = round.kind !== 'kompetens';
  const now = clockNow().getTime();
  const expires = now + LETTERS_HELD_MINUTES * 60_000;
  const batch: LetterBatch = {
    id: randomBytes(16).toString('base64url'),
    round: { code: round.code, name: round.name, closesOn: round.closesOn, kind: round.kind },
    unit: { code: unit.code, name: unit.name },
    organisation: branding.organisationName ?? top.name,
    k,
    createdAt: new Date(now).toISOString(),
    heldUntil: new Date(expires).toISOString(),
    revoked,
    letters: people.map((p) => {
      const url = `${origin}/k/${tokens.get(p.id) as string}`;
      return {
        name: p.name,
        unitName: p.unitName,
        roleName: p.roleName,
        url,
        qr: qrSvg(url),
        minutes: surveyMinutes((askedRequirements ? p.requirements : 0) + (askedEffect ? effectQuestions : 0)),
      };
    }),
  };
  hold(viewer, batch, expires);
  return { batch: batch.id, letters: people.length };
}

/** A batch of letters just made, for its page: only for the person who made it, while it is held. */
export async function getInvitationLetters(viewer: Viewer, args: { round: string; batch: string }): Promise<LetterBatch> {
  requireHrOrAdmin(viewer);
  return heldBatch(viewer, args.round, args.batch);
}

/** The page the letters' PDF is printed from. */
export function invitationLettersPrintPath(round: string, batch: string): string {
  return `/admin/omgangar/${encodeURIComponent(round)}/brev?utskick=${encodeURIComponent(batch)}&utskrift=1`;
}

/**
 * The held letters as a PDF: access first, then `render` prints the letters' page as the same
 * viewer. Only a PDF that was made is audited.
 */
export async function exportInvitationLettersPdf(
  viewer: Viewer,
  args: { round: string; batch: string },
  render: (batch: LetterBatch, printPath: string) => Promise<Uint8Array>,
): Promise<ExportFile> {
  requireHrOrAdmin(viewer);
  const batch = heldBatch(viewer, args.round, args.batch);
  const body = await render(batch, invitationLettersPrintPath(batch.round.code, batch.id));
  await writeAudit(await getDb(), {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'skrev ut inbjudningsbrev som PDF',
    details: { round: batch.round.code, unit: batch.unit.code, letters: batch.letters.length },
  });
  const safe = `${batch.round.code}-${batch.unit.code}`.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return { filename: `inbjudningsbrev-${safe}.pdf`, contentType: 'application/pdf', body };
}
