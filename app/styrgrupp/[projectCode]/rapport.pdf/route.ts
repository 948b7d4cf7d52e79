import { getViewer } from '@/lib/auth/get-viewer';
import { exportSteeringReport } from '@/lib/data/exports/steering-report';
import { formatDateTime } from '@/lib/format/date-time';
import { PdfUnavailableError, renderPagePdf } from '@/lib/pdf/render-page-pdf';
import { fileResponse, plainResponse } from '../../../_lib/file-response';
import { snapshotFromQuery } from '../steering-params';
import { decodedParam } from '../../../_lib/decoded-param';
import { loggableError } from '@/lib/security/loggable-error';

export const dynamic = 'force-dynamic';
// Headless Chromium runs beside the server: Node.js only, and printing takes a few seconds.
export const runtime = 'nodejs';
export const maxDuration = 60;

type Context = { params: Promise<{ projectCode: string }> };

/**
 * The steering page as an A4 PDF: the access check first (getSteeringView; an unknown project
 * or snapshot, or one the viewer may not follow, is a plain 404), then headless Chromium prints
 * the page's print variant as the same viewer (their session cookies forwarded), so the PDF
 * shows exactly what the page shows. Without a working Chromium: a plain 503.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { projectCode } = await params;
  // The page's own reading of `?ogonblick=`: an id, none (live figures), or invalid (a 404).
  const snapshot = snapshotFromQuery({ ogonblick: new URL(request.url).searchParams.get('ogonblick') ?? undefined });
  if (snapshot === 'invalid') return plainResponse('Sidan finns inte.', 404);
  const cookieHeader = request.headers.get('cookie');
  try {
    const file = await exportSteeringReport(viewer, { project: decodedParam(projectCode), snapshot }, (view, path) =>
      renderPagePdf({
        path,
        cookieHeader,
        headerTitle: `${view.project.name}${view.project.diaryNumber ? ` · Diarienummer ${view.project.diaryNumber}` : ''}`,
        footerNote: `Data per ${formatDateTime(view.dataAsOf)}${view.snapshot ? ` · Ögonblicksbild: ${view.snapshot.label}` : ''}`,
      }),
    );
    return fileResponse(Promise.resolve(file));
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      const ref = crypto.randomUUID().slice(0, 8);
      console.error(`PDF unavailable (${ref})`, loggableError(error));
      return plainResponse(`PDF kan inte skapas på den här servern just nu. Försök igen senare eller ladda ner siffrorna som Excel-fil (felkod ${ref}).`, 503);
    }
    // Not found → the plain 404, anything else → a 500 with a reference: the shared download answer.
    return fileResponse(Promise.reject(error));
  }
}
