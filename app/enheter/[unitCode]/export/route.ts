import { getViewer } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { exportRequirementTable } from '@/lib/data/table-exports';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ unitCode: string }> };

/** The dashboard's per-requirement table as CSV (Swedish Excel) or XLSX, with the page's filters. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { unitCode } = await params;
  const q = new URL(request.url).searchParams;
  try {
    const file = await exportRequirementTable(
      viewer,
      { unit: decodeURIComponent(unitCode), round: q.get('omgang') || null, role: q.get('roll') || null, area: q.get('omrade') || null },
      q.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    );
    return new Response(file.body as BodyInit, {
      headers: { 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.filename}"`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Sidan finns inte.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`Export failed (${ref})`, error);
    return new Response(`Något gick fel (felkod ${ref}).`, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
