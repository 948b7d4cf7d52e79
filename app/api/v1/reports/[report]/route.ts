import { handleReportRequest } from '@/lib/api/v1-report';
import { decodedParam } from '@/app/_lib/decoded-param';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type Context = { params: Promise<{ report: string }> };

/** The HTTP API for BI tools and scripts: see lib/api/v1-report.ts and the README. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { report } = await params;
  return handleReportRequest(request, decodedParam(report));
}
