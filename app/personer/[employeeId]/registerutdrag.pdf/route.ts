import { getViewer } from '@/lib/auth/get-viewer';
import { exportRegisterExtractPdf } from '@/lib/data/register-extract';
import { formatDateTime } from '@/lib/format/date-time';
import { PdfUnavailableError, renderPagePdf } from '@/lib/pdf/render-page-pdf';
import { fileResponse, plainResponse } from '../../../_lib/file-response';
import { decodedParam } from '../../../_lib/decoded-param';
import { loggableError } from '@/lib/security/loggable-error';

export const dynamic = 'force-dynamic';
// Headless Chromium runs beside the server: Node.js only, and printing takes a few seconds.
export const runtime = 'nodejs';
export const maxDuration = 60;

type Context = { params: Promise<{ employeeId: string }> };

/**
 * The register extract as a readable A4 PDF: the access check first (exportRegisterExtractPdf;
 * anyone but an administrator or the person is a plain 404), then headless Chromium prints the
 * extract's page as the same viewer. Without a working Chromium: a plain 503 pointing to the JSON.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { employeeId } = await params;
  const cookieHeader = request.headers.get('cookie');
  try {
    const file = await exportRegisterExtractPdf(viewer, { employeeId: decodedParam(employeeId) }, (extract, path) =>
      renderPagePdf({
        path,
        cookieHeader,
        headerTitle: `Registerutdrag: ${extract.person.name} (${extract.person.employeeId})`,
        footerNote: `Uttaget ${formatDateTime(extract.createdAt)}`,
      }),
    );
    return fileResponse(Promise.resolve(file));
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      const ref = crypto.randomUUID().slice(0, 8);
      console.error(`PDF unavailable (${ref})`, loggableError(error));
      return plainResponse(`PDF kan inte skapas på den här servern just nu. Försök igen senare eller ladda ner registerutdraget som JSON (felkod ${ref}).`, 503);
    }
    return fileResponse(Promise.reject(error));
  }
}
