import { getViewer } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { confirmImportUpload, importUploadLimits } from '@/lib/data/import-upload';
import { importUploadFormSchema } from '@/lib/validation/import-upload';
import { fromOwnOrigin } from '../from-own-origin';
import { IMPORT_PATH, uploadPath } from '../paths';
import { progressResponse, wantsProgress } from '../progress-response';

export const dynamic = 'force-dynamic';

function redirectTo(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

/**
 * Step 2: "Importera" after a dry run (form field `id`). Imports the stored files for real, in
 * one transaction, streaming progress (NDJSON) to the page's script, or runs to the end and
 * redirects to the result for a form sent without JavaScript. The result (or "this upload
 * is gone") is always shown by the import page itself.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromOwnOrigin(request)) {
    return Response.json({ message: 'Importen kan bara startas från Kompetenskartans egen sida.' }, { status: 403 });
  }
  const viewer = await getViewer();
  try {
    importUploadLimits(viewer);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Sidan finns inte.', { status: 404 });
    throw error;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return redirectTo(IMPORT_PATH);
  }
  const parsed = importUploadFormSchema.safeParse({ id: form.get('id') });
  if (!parsed.success) return redirectTo(IMPORT_PATH);
  const id = parsed.data.id;

  const run = async (send?: Parameters<typeof confirmImportUpload>[2]) => {
    try {
      await confirmImportUpload(viewer, id, send);
    } catch (error) {
      // An upload over an hour old: its page says so.
      if (!(error instanceof NotFoundError)) throw error;
    }
    return uploadPath(id);
  };
  if (!wantsProgress(request)) return redirectTo(await run());
  return progressResponse(run);
}
