import { getViewer } from '@/lib/auth/get-viewer';
import { exportImportUploadProblems } from '@/lib/data/import-upload';
import { importUploadIdSchema } from '@/lib/validation/import-upload';
import { fileResponse, plainResponse } from '../../../_lib/file-response';

export const dynamic = 'force-dynamic';

/** `?uppladdning=<id>`: every problem of one of the administrator's own uploads, as CSV. */
export async function GET(request: Request): Promise<Response> {
  const id = importUploadIdSchema.safeParse(new URL(request.url).searchParams.get('uppladdning'));
  if (!id.success) return plainResponse('Sidan finns inte.', 404);
  return fileResponse(exportImportUploadProblems(await getViewer(), id.data));
}
