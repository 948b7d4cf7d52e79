import { getViewer } from '@/lib/auth/get-viewer';
import { exportDashboardTable } from '@/lib/data/exports/dashboard-table';
import { dashboardExportQuerySchema } from '@/lib/validation/dashboard-export';
import { fileResponse, plainResponse } from '../../../_lib/file-response';
import { decodedParam } from '../../../_lib/decoded-param';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ unitCode: string }> };

/**
 * One table of the unit dashboard as CSV (Swedish Excel) or XLSX, with the page's filters:
 * `?tabell=` names it (lib/domain/dashboard-tables.ts; none is `krav`, the per-requirement
 * table). An unknown name is a 400 with a plain message; an unknown or out-of-scope unit a 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const q = new URL(request.url).searchParams;
  const query = dashboardExportQuerySchema.safeParse({ tabell: q.get('tabell') });
  if (!query.success) return plainResponse(query.error.issues[0]?.message ?? 'Adressen är felaktig.', 400);
  const viewer = await getViewer();
  const { unitCode } = await params;
  return fileResponse(
    exportDashboardTable(
      viewer,
      query.data.tabell,
      { unit: decodedParam(unitCode), round: q.get('omgang') || null, role: q.get('roll') || null, area: q.get('omrade') || null },
      q.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    ),
  );
}
