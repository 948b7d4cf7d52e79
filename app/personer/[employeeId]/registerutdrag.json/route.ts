import { getViewer } from '@/lib/auth/get-viewer';
import { exportRegisterExtractJson } from '@/lib/data/register-extract';
import { fileResponse } from '../../../_lib/file-response';

export const dynamic = 'force-dynamic';

/** Route handlers get the segment as sent; a malformed escape is looked up as it is (and not found). */
function decodedParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

type Context = { params: Promise<{ employeeId: string }> };

/** The register extract as JSON: administrators and the person themself (anyone else: the plain 404); audited. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { employeeId } = await params;
  return fileResponse(exportRegisterExtractJson(viewer, { employeeId: decodedParam(employeeId) }));
}
