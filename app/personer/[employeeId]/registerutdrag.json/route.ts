import { getViewer } from '@/lib/auth/get-viewer';
import { exportRegisterExtractJson } from '@/lib/data/register-extract';
import { fileResponse } from '../../../_lib/file-response';
import { decodedParam } from '../../../_lib/decoded-param';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ employeeId: string }> };

/** The register extract as JSON: administrators and the person themself (anyone else: the plain 404); audited. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const viewer = await getViewer();
  const { employeeId } = await params;
  return fileResponse(exportRegisterExtractJson(viewer, { employeeId: decodedParam(employeeId) }));
}
