import { getViewer } from '@/lib/auth/get-viewer';
import { exportInvitationLettersPdf } from '@/lib/data/invitation-letters';
import { PdfUnavailableError, renderPagePdf } from '@/lib/pdf/render-page-pdf';
import { letterBatchIdSchema } from '@/lib/validation/rounds';
import { fileResponse, plainResponse } from '../../../../_lib/file-response';
import { decodedParam } from '../../../../_lib/decoded-param';
import { loggableError } from '@/lib/security/loggable-error';

export const dynamic = 'force-dynamic';
// Headless Chromium runs beside the server: Node.js only, and printing takes a few seconds.
export const runtime = 'nodejs';
export const maxDuration = 60;

type Context = { params: Promise<{ roundCode: string }> };

/**
 * The letters just made, as an A4 PDF with one letter a page: the access check first
 * (exportInvitationLettersPdf: only their maker, while they are held; anyone else a plain 404), then
 * headless Chromium prints the letters' page as the same viewer. Without Chromium: a plain 503.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { roundCode } = await params;
  const batch = letterBatchIdSchema.safeParse(new URL(request.url).searchParams.get('utskick'));
  if (!batch.success) return plainResponse('Sidan finns inte.', 404);
  const cookieHeader = request.headers.get('cookie');
  try {
    const file = await exportInvitationLettersPdf(viewer, { round: decodedParam(roundCode), batch: batch.data }, (letters, path) =>
      renderPagePdf({
        path,
        cookieHeader,
        headerTitle: `${letters.organisation} · ${letters.round.name}`,
        footerNote: 'Personligt brev: länken är bara till dig',
      }),
    );
    return fileResponse(Promise.resolve(file));
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      const ref = crypto.randomUUID().slice(0, 8);
      console.error(`PDF unavailable (${ref})`, loggableError(error));
      return plainResponse(`PDF kan inte skapas på den här servern just nu. Skriv ut breven från sidan i stället (felkod ${ref}).`, 503);
    }
    return fileResponse(Promise.reject(error));
  }
}
