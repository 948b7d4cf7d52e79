import { getViewer } from '@/lib/auth/get-viewer';
import { exportSteeringWorkbook } from '@/lib/data/exports/steering-workbook';
import { fileResponse, plainResponse } from '../../../_lib/file-response';
import { snapshotFromQuery } from '../steering-params';
import { decodedParam } from '../../../_lib/decoded-param';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectCode: string }> };

/**
 * The numbers behind the steering page as an XLSX progress report, live or of a snapshot
 * (`?ogonblick=<id>`). An unknown project or snapshot, or one the viewer may not follow, is a
 * plain 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { projectCode } = await params;
  // The page's own reading of `?ogonblick=`: an id, none (live figures), or invalid (a 404).
  const snapshot = snapshotFromQuery({ ogonblick: new URL(request.url).searchParams.get('ogonblick') ?? undefined });
  if (snapshot === 'invalid') return plainResponse('Sidan finns inte.', 404);
  return fileResponse(exportSteeringWorkbook(viewer, { project: decodedParam(projectCode), snapshot }));
}
