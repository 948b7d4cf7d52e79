// The shapes the steering components render. Structural copies of lib/data/steering-types.ts
// (components may not import lib/data); the pages pass the data objects straight in.
import type { GroupFigure, IndicatorKind, IndicatorScale, IndicatorStatus } from '@/lib/domain/indicators';

export type { GroupFigure, IndicatorKind, IndicatorScale, IndicatorStatus };

export interface SteeringRound {
  code: string;
  name: string;
}

/** A figure at one point in time: which round (if any), a label for it, and the figure. */
export interface MeasuredFigure {
  round: SteeringRound | null;
  label: string;
  figure: GroupFigure;
}

export interface SteeringIndicator {
  code: string;
  kind: IndicatorKind;
  name: string;
  scale: IndicatorScale;
  target: number | null;
  baseline: MeasuredFigure;
  current: MeasuredFigure;
  status: IndicatorStatus;
  statusReason: string;
  spread: ReadonlyArray<{ unit: { code: string; name: string }; figure: GroupFigure }>;
  split: ReadonlyArray<{ label: string; figure: GroupFigure }> | null;
  about: string;
}

export interface SteeringChange {
  indicator: string;
  name: string;
  scale: IndicatorScale;
  before: number;
  now: number;
  delta: number;
}

export interface SnapshotSummary {
  id: number;
  label: string;
  frozenAt: string;
  frozenBy: string;
}

export interface SteeringView {
  project: {
    code: string;
    name: string;
    diaryNumber: string | null;
    startsOn: string;
    endsOn: string;
    plannedParticipants: number | null;
  };
  k: number;
  dataAsOf: string;
  snapshot: SnapshotSummary | null;
  elapsed: number;
  indicators: readonly SteeringIndicator[];
  changes: readonly SteeringChange[];
  comparedWith: { id: number; label: string; frozenAt: string } | null;
  statusRules: readonly string[];
}

/** The choices of the "add an indicator" form. */
export interface IndicatorChoices {
  questions: ReadonlyArray<{ code: string; text: string }>;
  rounds: ReadonlyArray<{ code: string; name: string }>;
}

/** Where the steering page's links lead, built once by the page (same snapshot everywhere). */
export interface SteeringLinks {
  /** The steering page with the current choice of figures, e.g. `/styrgrupp/ESF-STARK?ogonblick=3`. */
  page: string;
  meeting: string;
  pdf: string;
  xlsx: string;
  /** The steering page of a choice: null = live figures. */
  view: (snapshot: number | null) => string;
}
