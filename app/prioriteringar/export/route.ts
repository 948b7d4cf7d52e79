import { getViewer } from '@/lib/auth/get-viewer';
import { exportPriorityTable } from '@/lib/data/exports/priority-table';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import { EMPLOYMENT_TYPES } from '@/lib/domain/enums';
import { EXPERIENCE_PHASES } from '@/lib/domain/experience';
import { fileResponse } from '../../_lib/file-response';

export const dynamic = 'force-dynamic';

/** The ranking on /prioriteringar as CSV (Swedish Excel) or XLSX, with the same filters. */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  const q = new URL(request.url).searchParams;
  // Without a unit, the viewer's first visible one; none at all is the same not-found answer.
  const unit = q.get('enhet') || (await visibleUnitChoices(viewer))[0]?.code || '';
  return fileResponse(
    exportPriorityTable(
      viewer,
      {
        unit,
        round: q.get('omgang') || null,
        area: q.get('omrade') || null,
        role: q.get('roll') || null,
        employment: EMPLOYMENT_TYPES.find((e) => e === q.get('anstallning')) ?? null,
        phase: EXPERIENCE_PHASES.find((p) => p.code === q.get('fas'))?.code ?? null,
      },
      q.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    ),
  );
}
