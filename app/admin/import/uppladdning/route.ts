import { getViewer } from '@/lib/auth/get-viewer';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { checkImportUpload, receiveImportUpload } from '@/lib/data/import-upload';
import { BodyTooLargeError } from '@/lib/import/read-limited-body';
import { securityHeaders } from '@/lib/security/headers';
import type { ImportUploadError } from '@/lib/validation/import-upload';
import { fromOwnOrigin } from '../from-own-origin';
import { IMPORT_PATH, uploadPath } from '../paths';
import { progressResponse, wantsProgress } from '../progress-response';

export const dynamic = 'force-dynamic';

/** This route is outside the proxy (it would buffer the body), so it sets the headers itself. */
function ownHeaders(request: Request): Record<string, string> {
  const https = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return { ...securityHeaders({ https }), 'Cache-Control': 'no-store' };
}

function withHeaders(request: Request, init: { status: number; headers: Record<string, string> }, body: BodyInit | null = null): Response {
  return new Response(body, { status: init.status, headers: { ...ownHeaders(request), ...init.headers } });
}

/**
 * A refusal: JSON `{ message }` for the page's script, a redirect back to the page (which says
 * what was wrong) for a form sent without JavaScript. An upload over the limit is refused
 * before its body is read, and the connection is closed so the rest is never read either.
 */
function refuse(request: Request, status: number, message: string, code: ImportUploadError): Response {
  const close: Record<string, string> = status === 413 ? { Connection: 'close' } : {};
  if (wantsProgress(request)) {
    return withHeaders(request, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...close } }, JSON.stringify({ message }));
  }
  return withHeaders(request, { status: 303, headers: { Location: `${IMPORT_PATH}?fel=${code}`, ...close } });
}

/**
 * Step 1 of an import in the browser: the files of the upload form (`multipart/form-data`,
 * field `filer`), read and checked as a dry run; nothing is stored in the database. Answers
 * with a progress stream (NDJSON) when the page's script asks for one, else a redirect to
 * the dry run's page.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromOwnOrigin(request)) return refuse(request, 403, 'Filerna kan bara skickas från Kompetenskartans egen sida.', 'fel-avsandare');
  const viewer = await getViewer();
  let files;
  try {
    // Checks that the viewer is an administrator before a byte of the body is read.
    files = await receiveImportUpload(viewer, {
      body: request.body,
      contentLength: request.headers.get('content-length'),
      contentType: request.headers.get('content-type'),
    });
  } catch (error) {
    if (error instanceof NotFoundError) return withHeaders(request, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' } }, 'Sidan finns inte.');
    if (error instanceof BodyTooLargeError) {
      return refuse(request, 413, `${error.message} Packa dem i en zip-fil, dela upp dem i flera importer eller använd kommandoraden.`, 'for-stort');
    }
    if (error instanceof InvalidInputError) return refuse(request, 400, error.message, 'inga-filer');
    throw error;
  }
  if (!wantsProgress(request)) {
    const upload = await checkImportUpload(viewer, files);
    return withHeaders(request, { status: 303, headers: { Location: uploadPath(upload.id) } });
  }
  const response = progressResponse(async (send) => uploadPath((await checkImportUpload(viewer, files, send)).id));
  for (const [name, value] of Object.entries(ownHeaders(request))) if (name !== 'Cache-Control') response.headers.set(name, value);
  return response;
}
