import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import type { DashboardTable } from '@/lib/domain/dashboard-tables';
import type { DashboardFilters } from '../unit-dashboard';
import { exportChildUnitTable } from './child-unit-table';
import { exportDigitalUptakeTable } from './digital-uptake-table';
import type { ExportFile, ExportFormat } from './export-file';
import { exportGapClosureTable } from './gap-closure-table';
import { exportLevelDistributionTable } from './level-distribution-table';
import { exportNotUnderstoodTable } from './not-understood-table';
import { exportRequirementTable } from './requirement-table';
import { exportRoleRequirementTable } from './role-requirement-table';
import { exportStaffMatrixTable } from './staff-matrix-table';
import { exportTrendTable } from './trend-table';
import { exportUnitRequirementTable } from './unit-requirement-table';

type Exporter = (viewer: Viewer, filters: DashboardFilters, format: ExportFormat) => Promise<ExportFile>;

const EXPORTERS: Record<DashboardTable, Exporter> = {
  krav: exportRequirementTable,
  roller: exportRoleRequirementTable,
  enheter: exportChildUnitTable,
  'enheter-krav': exportUnitRequirementTable,
  utveckling: exportTrendTable,
  nivaer: exportLevelDistributionTable,
  gapminskning: exportGapClosureTable,
  digitalt: exportDigitalUptakeTable,
  'forstar-inte': exportNotUnderstoodTable,
  // The staff matrix is not narrowed by role or area on the page either.
  medarbetare: (viewer, filters, format) => exportStaffMatrixTable(viewer, { unit: filters.unit, round: filters.round ?? null }, format),
};

/** One table of the unit dashboard as a file, by its name in the export address; each checks access itself. */
export function exportDashboardTable(viewer: Viewer, table: DashboardTable, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  return EXPORTERS[table](viewer, filters, format);
}
