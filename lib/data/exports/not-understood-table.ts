import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

type Row = { requirement: string; count: number };

/** How many answered "Jag förstår inte frågan", per requirement, most first (`tabell=forstar-inte`). */
export async function exportNotUnderstoodTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<Row> = {
    title: `”Jag förstår inte frågan” per krav – ${d.unit.name}`,
    // The dashboard counts these answers over every role (the role filter does not narrow them).
    about: await dashboardAbout(d, { role: false, why: 'Antalen här är inte effektmått och visas för alla grupper.' }),
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => name.get(r.requirement) ?? r.requirement },
      { header: 'Antal svar', value: (r) => r.count },
    ],
    rows: d.notUnderstood.filter((r) => r.count > 0),
  };
  return exportFile(viewer, table, `forstar-inte-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
