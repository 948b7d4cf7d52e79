import { getViewer } from '@/lib/auth/get-viewer';
import { exportRequirementTable } from '@/lib/data/table-exports';
import { fileResponse } from '../../../_lib/file-response';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ unitCode: string }> };

/** The dashboard's per-requirement table as CSV (Swedish Excel) or XLSX, with the page's filters. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { unitCode } = await params;
  const q = new URL(request.url).searchParams;
  return fileResponse(
    exportRequirementTable(
      viewer,
      { unit: decodeURIComponent(unitCode), round: q.get('omgang') || null, role: q.get('roll') || null, area: q.get('omrade') || null },
      q.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    ),
  );
}
