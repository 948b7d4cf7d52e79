import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import { getEffectReport } from '@/lib/data/effect-report';
import { getGapReport, getPriorityReport } from '@/lib/data/gap-reports';
import { getResponseReport } from '@/lib/data/response-report';
import { getUptakeReport } from '@/lib/data/uptake-report';
import type { Command } from '@/lib/cli/args';

export type ReportCommand = Extract<Command, { command: 'gaps' | 'priorities' | 'effect' | 'uptake' | 'response' }>;
export const REPORT_NAMES = ['gaps', 'priorities', 'effect', 'uptake', 'response'] as const;

/**
 * One report's JSON document (../shared/formats/CLI.md) for the HTTP API: the same lib/data
 * function, with the same arguments, as the command line's `report … --json` (lib/cli/run.ts),
 * so the two cannot drift apart. Access and the k rule are applied there for whichever viewer asks.
 */
export async function runReport(viewer: Viewer, c: ReportCommand): Promise<unknown> {
  switch (c.command) {
    case 'gaps':
      return getGapReport(viewer, { round: c.round, unit: c.unit, by: c.by });
    case 'priorities':
      return getPriorityReport(viewer, { round: c.round, unit: c.unit });
    case 'effect':
      return getEffectReport(viewer, { round: c.round, unit: c.unit, question: c.question });
    case 'uptake':
      return getUptakeReport(viewer, { unit: c.unit, from: c.from, to: c.to });
    case 'response':
      return getResponseReport(viewer, { round: c.round, unit: c.unit });
  }
}
