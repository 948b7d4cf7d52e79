import 'server-only';
import contentDisposition from 'content-disposition';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import type { ExportFile } from '@/lib/data/exports/export-file';
import { loggableError } from '@/lib/security/loggable-error';

/** A short plain-text answer: no page, no stack trace. */
export function plainResponse(text: string, status: number): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * `attachment` with the file name as RFC 6266 wants it: a quoted Latin-1 fallback and the UTF-8
 * name in `filename*`. A unit code with "ö", an Arabic letter or a `"` can neither break the
 * header (a 500) nor add a second file name.
 */
export function downloadHeader(filename: string): string {
  return contentDisposition(filename, { type: 'attachment' });
}

/** A download; the same plain not-found answer for an unknown and an out-of-scope unit; 400 with the reason for input that cannot be used. */
export async function fileResponse(file: Promise<ExportFile>): Promise<Response> {
  try {
    const f = await file;
    return new Response(f.body as BodyInit, {
      headers: { 'Content-Type': f.contentType, 'Content-Disposition': downloadHeader(f.filename), 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return plainResponse('Sidan finns inte.', 404);
    if (error instanceof InvalidInputError) return plainResponse(error.message, 400);
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`Export failed (${ref})`, loggableError(error));
    return plainResponse(`Något gick fel (felkod ${ref}).`, 500);
  }
}
