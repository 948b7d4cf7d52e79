import 'server-only';
import type { DbOrTx } from '@/db/client';
import { effectCounts } from '@/db/queries/effect-counts';
import { questionByCode, roleRequirementList, type UnitRecord } from '@/db/queries/reference-data';
import { assessedPeopleCounts, levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { closureTallies, introductionTallies, participantTallies, qualifiedTallies, type IndicatorRecord, type ProjectRecord } from '@/db/queries/steering';
import { uptakeCounts } from '@/db/queries/uptake-counts';
import { gapSumsByRole } from '@/lib/domain/gap-figures';
import { INDICATOR_DEFAULT_NAME, INDICATOR_KINDS, INDICATOR_SCALE, indicatorStatus, type GroupFigure, type IndicatorKind } from '@/lib/domain/indicators';
import { statusReason } from '@/lib/domain/indicator-values';
import { count, projectFigures, ratio, splitFigures, type FigureOf, type UnitTally } from '@/lib/domain/project-groups';
import { effectFiguresExist } from '@/lib/domain/round-status';
import { effectNotYetLabel } from '@/lib/domain/snapshot-rules';
import type { SteeringIndicator, SteeringRound } from './steering-types';

export interface IndicatorContext {
  db: DbOrTx;
  project: ProjectRecord;
  units: readonly UnitRecord[];
  /** The project's top units (each with everything below it). */
  roots: readonly string[];
  k: number;
  today: string;
  elapsed: number;
}

type Tallies = Map<string, UnitTally>;

interface Measured {
  figures: { total: GroupFigure; spread: Array<{ unit: string; figure: GroupFigure }> };
  label: string;
  round: SteeringRound | null;
}

const NOT_MEASURED: GroupFigure = { withheld: false, value: null, n: null };

function tallyMap<R extends { unit: string }>(rows: readonly R[], tally: (r: R) => UnitTally): Tallies {
  const out: Tallies = new Map();
  for (const r of rows) {
    const t = tally(r);
    const prev = out.get(r.unit);
    out.set(r.unit, prev ? { n: prev.n + t.n, num: prev.num + t.num, den: prev.den + t.den } : t);
  }
  return out;
}

const roundOf = (r: { code: string; name: string } | null): SteeringRound | null => (r ? { code: r.code, name: r.name } : null);
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The first day of the twelve months that end on `date` (both included). */
function yearBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Effect answers to a question in a round: n respondents, shareAgree = answers 4 or 5. */
async function effectTallies(ctx: IndicatorContext, roundId: number, questionId: number): Promise<Tallies> {
  return tallyMap(await effectCounts(ctx.db, roundId, questionId), (c) => ({ n: c.count, num: c.value >= 4 ? c.count : 0, den: c.count }));
}

/**
 * Share of assessed person × requirement pairs meeting the required level; n = the people it is
 * computed from (with a level on a requirement of their role), not everyone who answered anything:
 * an effect answer alone would have counted towards k without adding to the figure.
 */
async function meetsTallies(ctx: IndicatorContext, roundId: number): Promise<Tallies> {
  const [placements, levels, roleRequirements, people] = await Promise.all([
    placementCounts(ctx.db, roundId, null), levelCounts(ctx.db, roundId, null), roleRequirementList(ctx.db), assessedPeopleCounts(ctx.db, roundId),
  ]);
  const peopleIn = new Map(people.map((p) => [p.unit, p.people]));
  const out: Tallies = new Map();
  for (const unit of new Set(placements.map((p) => p.unit))) {
    const scope = new Set([unit]);
    const sums = gapSumsByRole({ placements, levels, roleRequirements, scope });
    out.set(unit, { n: peopleIn.get(unit) ?? 0, num: sums.reduce((a, s) => a + s.meets, 0), den: sums.reduce((a, s) => a + s.assessed, 0) });
  }
  return out;
}

function measure(ctx: IndicatorContext, tallies: Tallies, figureOf: FigureOf, label: string, round: SteeringRound | null): Measured {
  return { figures: projectFigures(ctx.units, ctx.roots, tallies, ctx.k, figureOf), label, round };
}

function notMeasured(label: string, round: SteeringRound | null = null): Measured {
  return { figures: { total: NOT_MEASURED, spread: [] }, label, round };
}

/** A baseline that is zero by definition: no participants at the start, no gap closed yet. */
function zeroAtStart(label: string, round: SteeringRound | null = null): Measured {
  return { figures: { total: { withheld: false, value: 0, n: null }, spread: [] }, label, round };
}

/** Baseline and current figures of one indicator, by kind. */
async function measureIndicator(ctx: IndicatorContext, ind: IndicatorRecord, kind: IndicatorKind): Promise<{ baseline: Measured; current: Measured; split: SteeringIndicator['split']; about: string }> {
  const { db, project, today } = ctx;
  const now = minDate(today, project.endsOn);
  const b = ind.baseline;
  const f = ind.followUp;
  switch (kind) {
    case 'participants': {
      const rows = await participantTallies(db, project.id, now);
      const current = measure(ctx, tallyMap(rows, (r) => ({ n: r.count, num: r.count, den: 1 })), count, `Deltagare t.o.m. ${now}`, null);
      const whole = current.figures.total;
      const byGender = new Map<string, UnitTally>();
      for (const r of rows) {
        const key = r.gender ?? 'okänt';
        const t = byGender.get(key) ?? { n: 0, num: 0, den: 1 };
        byGender.set(key, { n: t.n + r.count, num: t.num + r.count, den: 1 });
      }
      const order = ['kvinna', 'man', 'annat', 'okänt'];
      const parts = order.filter((g) => byGender.has(g)).map((g) => ({ key: g, tally: byGender.get(g) as UnitTally }));
      const labels: Record<string, string> = { kvinna: 'Kvinnor', man: 'Män', annat: 'Annat', okänt: 'Uppgift saknas' };
      const split = rows.some((r) => r.gender !== null)
        ? splitFigures(parts, ctx.k, count, !whole.withheld).map((s) => ({ label: labels[s.key] ?? s.key, figure: s.figure }))
        : null;
      return {
        baseline: zeroAtStart('Vid projektstart'),
        current,
        split,
        about: `Personer som gått med i projektet (oavsett när), mot planerade ${project.plannedParticipants ?? '–'}. Könsfördelningen kommer från personalregistret.`,
      };
    }
    case 'strengthened':
    case 'effect_question': {
      const question = kind === 'strengthened' ? await questionByCode(db, 'strengthened') : ind.question;
      if (!question) return { baseline: notMeasured('Utgångsläge'), current: notMeasured('Nu'), split: null, about: 'Frågan finns inte.' };
      // Effect figures exist only for closed rounds: no running count of an open round.
      const at = async (r: IndicatorRecord['baseline']) => {
        if (!r) return notMeasured('Ingen omgång vald');
        if (!effectFiguresExist(r, ctx.today)) return notMeasured(effectNotYetLabel(r), roundOf(r));
        return measure(ctx, await effectTallies(ctx, r.id, question.id), ratio, r.name, roundOf(r));
      };
      return {
        baseline: await at(b),
        current: await at(f),
        split: null,
        about: `Andel som svarat 4 eller 5 (stämmer ganska eller helt) på ”${question.text}”, bland alla som svarat i projektets enheter.`,
      };
    }
    case 'uptake': {
      const at = async (end: string, round: SteeringRound | null) => {
        const from = yearBefore(end);
        return measure(ctx, tallyMap(await uptakeCounts(db, from, end), (u) => ({ n: u.population, num: u.completers, den: u.population })), ratio, `12 månader t.o.m. ${end}`, round);
      };
      return {
        baseline: b ? await at(b.closesOn, roundOf(b)) : notMeasured('Utgångsläge'),
        current: await at(f ? minDate(f.closesOn, today) : now, roundOf(f)),
        split: null,
        about: 'Andel anställda i projektets enheter som slutfört minst en digital kurs under de tolv månaderna.',
      };
    }
    case 'gap_closure': {
      if (!b || !f) return { baseline: notMeasured('Utgångsläge'), current: notMeasured('Uppföljning'), split: null, about: 'Välj en utgångs- och en uppföljningsomgång.' };
      const tallies = tallyMap(await closureTallies(db, b.id, f.id, ind.area), (c) => ({ n: c.people, num: c.decrease, den: c.pairs }));
      return {
        baseline: zeroAtStart(b.name, roundOf(b)),
        current: measure(ctx, tallies, ratio, `${b.name} → ${f.name}`, roundOf(f)),
        split: null,
        about: `Hur mycket medelgapet${ind.area ? ` inom ${ind.area}` : ''} minskat för samma personer mellan ${b.name} och ${f.name}, i nivåsteg (positivt är bättre).`,
      };
    }
    case 'meets_requirements': {
      const at = async (r: IndicatorRecord['baseline']) => (r ? measure(ctx, await meetsTallies(ctx, r.id), ratio, r.name, roundOf(r)) : notMeasured('Ingen omgång vald'));
      return {
        baseline: await at(b),
        current: await at(f),
        split: null,
        about: 'Andel av alla bedömda krav där personen når sin rolls kravnivå, i projektets enheter.',
      };
    }
    case 'introduction': {
      const at = async (asOf: string, round: SteeringRound | null) =>
        measure(ctx, tallyMap(await introductionTallies(db, asOf), (t) => ({ n: t.newStaff, num: t.finished, den: t.newStaff })), ratio, `Nyanställda ${asOf}`, round);
      return {
        baseline: b ? await at(b.closesOn, roundOf(b)) : notMeasured('Utgångsläge'),
        current: await at(f ? minDate(f.closesOn, today) : now, roundOf(f)),
        split: null,
        about: 'Andel av de anställda som började under de senaste två åren som gjort klart alla steg i introduktionen.',
      };
    }
    case 'supervisors':
    case 'language_agents': {
      const as = kind === 'supervisors' ? 'handledare' : 'sprakombud';
      const at = async (asOf: string) =>
        measure(ctx, tallyMap(await qualifiedTallies(db, as, asOf), (t) => ({ n: t.population, num: t.qualified, den: 1 })), count, asOf, null);
      return {
        baseline: await at(project.startsOn),
        current: await at(now),
        split: null,
        about: `Anställda i projektets enheter som slutfört en utbildning till ${kind === 'supervisors' ? 'handledare' : 'språkombud'}.`,
      };
    }
  }
}

/** One indicator with its figures, suppressed, and its status by the stated rules. */
export async function computeIndicator(ctx: IndicatorContext, ind: IndicatorRecord): Promise<SteeringIndicator | null> {
  const kind = INDICATOR_KINDS.find((k) => k === ind.kind);
  if (!kind) return null;
  const scale = INDICATOR_SCALE[kind];
  const m = await measureIndicator(ctx, ind, kind);
  const target = ind.target ?? (kind === 'participants' ? ctx.project.plannedParticipants : null);
  const baselineValue = kind === 'gap_closure' || kind === 'participants' ? 0 : m.baseline.figures.total.value;
  const current = m.current.figures.total;
  const status = indicatorStatus({ baseline: baselineValue, current: current.value, target, elapsed: ctx.elapsed });
  const name = (u: string) => ctx.units.find((x) => x.code === u)?.name ?? u;
  return {
    code: ind.code,
    kind,
    name: ind.name ?? (kind === 'effect_question' && ind.question ? ind.question.text : INDICATOR_DEFAULT_NAME[kind]),
    scale,
    target,
    baseline: { round: m.baseline.round, label: m.baseline.label, figure: m.baseline.figures.total },
    current: { round: m.current.round, label: m.current.label, figure: current },
    status,
    statusReason: statusReason({ status, scale, baseline: baselineValue, current: current.value, currentWithheld: current.withheld, target, elapsed: ctx.elapsed }),
    spread: m.current.figures.spread.map((s) => ({ unit: { code: s.unit, name: name(s.unit) }, figure: s.figure })),
    split: m.split,
    about: m.about,
  };
}

/**
 * The project's top units: the units its participants work in, grouped under their lowest
 * common ancestor, so the spread is a handful of real units (e.g. two förvaltningar).
 */
export function projectRoots(units: readonly UnitRecord[], participantUnits: readonly string[]): string[] {
  if (participantUnits.length === 0) return [];
  const parent = new Map(units.map((u) => [u.code, u.parentCode]));
  const path = (code: string) => {
    const out: string[] = [];
    for (let c: string | null | undefined = code; c; c = parent.get(c)) out.unshift(c);
    return out;
  };
  const paths = participantUnits.map(path);
  let depth = 0;
  while (paths.every((p) => p[depth] !== undefined && p[depth] === paths[0]?.[depth])) depth++;
  // depth = the length of the common prefix, whose last unit is the lowest common ancestor.
  const lca = paths[0]?.[depth - 1];
  if (lca && paths.some((p) => p.length === depth)) return [lca];
  return [...new Set(paths.map((p) => p[depth] as string))];
}
