import { getViewer } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { exportPriorityTable } from '@/lib/data/table-exports';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import { EMPLOYMENT_TYPES } from '@/lib/domain/enums';
import { EXPERIENCE_PHASES } from '@/lib/domain/experience';

export const dynamic = 'force-dynamic';

/** The ranking on /prioriteringar as CSV (Swedish Excel) or XLSX, with the same filters. */
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  const q = new URL(request.url).searchParams;
  const format = q.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  try {
    const unit = q.get('enhet') || (await visibleUnitChoices(viewer))[0]?.code;
    if (!unit) throw new NotFoundError('Enheten', '');
    const file = await exportPriorityTable(
      viewer,
      {
        unit,
        round: q.get('omgang') || null,
        area: q.get('omrade') || null,
        role: q.get('roll') || null,
        employment: EMPLOYMENT_TYPES.find((e) => e === q.get('anstallning')) ?? null,
        phase: EXPERIENCE_PHASES.find((p) => p.code === q.get('fas'))?.code ?? null,
      },
      format,
    );
    return new Response(file.body as BodyInit, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Sidan finns inte.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`Export failed (${ref})`, error);
    return new Response(`Något gick fel (felkod ${ref}).`, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
