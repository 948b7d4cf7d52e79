import 'server-only';
import { getDb } from '@/db/client';
import { writeAudit } from '@/db/writes/audit';
import { env } from '@/lib/env';
import { toCsv, toXlsx, type ExportTable } from '@/lib/export/table-file';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import type { GapRow } from '@/lib/domain/gap-figures';
import { getTrainingPriorities, type PriorityFilters, type TrainingPriority } from './training-priorities';
import { getUnitDashboard, type DashboardFilters } from './unit-dashboard';
import { todayInSweden } from './today';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
}

async function file<R>(viewer: Viewer, table: ExportTable<R>, name: string, format: ExportFormat, details: Record<string, string | null>): Promise<ExportFile> {
  await writeAudit(await getDb(), {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'exporterade tabell',
    details: { table: name, format, rows: table.rows.length, ...details },
  });
  const filename = `${name}-${todayInSweden()}.${format}`;
  return format === 'csv'
    ? { filename, contentType: 'text/csv; charset=utf-8', body: toCsv(table) }
    : { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(table) };
}

const kRule = () =>
  `Effektmått för grupper med färre än ${env().MIN_GROUP_SIZE} svar visas aldrig. Kompetensgapen här är inte effektmått och visas för alla grupper.`;

/** The dashboard's per-requirement table, as shown: same access check, same figures. */
export async function exportRequirementTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<GapRow> = {
    title: `Kompetensgap per krav – ${d.unit.name}`,
    about: [
      `Enhet: ${d.unit.name} (${d.unit.code}) med allt under`,
      `Omgång: ${d.round?.name ?? '–'}`,
      `Yrkesroll: ${d.filters.role ?? 'alla'}; kravområde: ${d.filters.area ?? 'alla'}`,
      `Uttaget: ${todayInSweden()}`,
      kRule(),
    ],
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => name.get(r.requirement) ?? r.requirement },
      { header: 'Förväntade', value: (r) => r.expected },
      { header: 'Bedömda', value: (r) => r.assessed },
      { header: 'Medelnivå', value: (r) => r.meanLevel },
      { header: 'Medelgap', value: (r) => r.meanGap },
      { header: 'Andel som når kravet', value: (r) => r.meetsShare },
      { header: 'Gapvolym', value: (r) => r.gapVolume },
      { header: 'Täckning', value: (r) => r.coverage },
    ],
    rows: d.gaps,
  };
  return file(viewer, table, `krav-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}

/** The priorities page's ranking, as shown. */
export async function exportPriorityTable(viewer: Viewer, filters: PriorityFilters, format: ExportFormat): Promise<ExportFile> {
  const p = await getTrainingPriorities(viewer, filters);
  const table: ExportTable<TrainingPriority> = {
    title: `Utbildningsprioriteringar – ${p.unit.name}`,
    about: [
      `Enhet: ${p.unit.name} (${p.unit.code}) med allt under`,
      `Omgång: ${p.round?.name ?? '–'}`,
      `Kravområde: ${filters.area ?? 'alla'}; yrkesroll: ${filters.role ?? 'alla'}; anställning: ${filters.employment ?? 'alla'}; erfarenhet: ${filters.phase ?? 'alla'}`,
      `Uttaget: ${todayInSweden()}`,
      kRule(),
    ],
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => r.name },
      { header: 'Prioritet', value: (r) => r.priority },
      { header: 'Gapvolym', value: (r) => r.gapVolume },
      { header: 'Under kravet', value: (r) => r.below },
      { header: 'Bedömda', value: (r) => r.assessed },
      { header: 'Störst i', value: (r) => r.topUnits.map((u) => u.name).join(', ') },
      { header: 'Utbildningar', value: (r) => r.courses.map((c) => c.name).join(', ') },
      { header: 'Uppskattade timmar', value: (r) => r.hoursEstimate },
    ],
    rows: p.rows,
  };
  return file(viewer, table, `prioriteringar-${p.unit.code}`, format, { unit: p.unit.code, round: p.round?.code ?? null });
}
