import type { GroupFigure, IndicatorKind, IndicatorScale, IndicatorStatus } from '@/lib/domain/indicators';

export interface SteeringRound {
  code: string;
  name: string;
}

/** One indicator on the steering page, every figure already suppressed by the k rule. */
export interface SteeringIndicator {
  /** Unique within the project, e.g. `stark` or `deltagare`. */
  code: string;
  kind: IndicatorKind;
  name: string;
  scale: IndicatorScale;
  /** In the indicator's scale (a share 0..1, a count, or steps); null = no target set. */
  target: number | null;
  baseline: { round: SteeringRound | null; label: string; figure: GroupFigure };
  current: { round: SteeringRound | null; label: string; figure: GroupFigure };
  status: IndicatorStatus;
  /** One sentence in Swedish on why the status is what it is. */
  statusReason: string;
  /** The current figure per unit of the project (the project's top units), suppressed over the tree. */
  spread: Array<{ unit: { code: string; name: string }; figure: GroupFigure }>;
  /** Participants only: split by gender where people records carry it (ESF reports ask for it). */
  split: Array<{ label: string; figure: GroupFigure }> | null;
  /** A sentence on what the figure is and where it comes from. */
  about: string;
}

export interface SteeringChange {
  indicator: string;
  name: string;
  scale: IndicatorScale;
  before: number;
  now: number;
  /** now − before, in the indicator's scale. */
  delta: number;
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
  /** Minimum group size applied to every figure. */
  k: number;
  /** When the figures were computed (ISO 8601); for a snapshot, when it was frozen. */
  dataAsOf: string;
  /** Set when the view is a frozen snapshot rather than live figures. */
  snapshot: { id: number; label: string; frozenAt: string; frozenBy: string } | null;
  /** The share of the project period that had passed when the figures were computed, 0..1. */
  elapsed: number;
  indicators: SteeringIndicator[];
  /** What changed most since the last snapshot (the last meeting), largest first; at most five. */
  changes: SteeringChange[];
  /** The snapshot `changes` compares with; null = no earlier meeting. */
  comparedWith: { id: number; label: string; frozenAt: string } | null;
  statusRules: readonly string[];
}
