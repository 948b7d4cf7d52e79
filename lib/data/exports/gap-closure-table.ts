import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import type { GapClosure } from '@/lib/domain/gap-closure';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

/** The gap of the same people in the previous round and in this one, per requirement (`tabell=gapminskning`). */
export async function exportGapClosureTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const compared = d.previousRound
    ? `Samma personer i ${d.previousRound.name} (då) och ${d.round?.name ?? '–'} (nu). Minskning = medelgap då minus medelgap nu; ett positivt tal betyder att gapet har minskat.`
    : 'Det finns ingen tidigare omgång att jämföra med.';
  const table: ExportTable<GapClosure> = {
    title: `Minskat gap sedan förra omgången – ${d.unit.name}`,
    // The dashboard counts closure over every role (the role filter does not narrow it).
    about: await dashboardAbout(d, { role: false, notes: [compared] }),
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => name.get(r.requirement) ?? r.requirement },
      { header: 'Personer', value: (r) => r.n },
      { header: 'Medelgap då', value: (r) => r.meanGapBaseline },
      { header: 'Medelgap nu', value: (r) => r.meanGapFollowUp },
      { header: 'Minskning', value: (r) => r.closure },
    ],
    rows: d.closure,
  };
  return exportFile(viewer, table, `gapminskning-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
