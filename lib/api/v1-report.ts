import 'server-only';
import { commandSchema } from '@/lib/cli/args';
import { recordApiRead, viewerFromApiKey } from '@/lib/data/api-keys';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { REPORT_NAMES, runReport, type ReportCommand } from '@/lib/reports/run-report';
import { loggableError } from '@/lib/security/loggable-error';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function problem(status: number, error: string, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), { status, headers: { ...JSON_HEADERS, ...extra } });
}

/**
 * GET /api/v1/reports/<report>?round=…&unit=…: the command line's `report <report> … --json` over
 * HTTP for BI tools and scripts. The query parameters are the command's options with the same
 * names and checks (lib/cli/args.ts). Answers: 200 the report's JSON; 401 no, unknown or revoked
 * key; 400 bad parameters; 404 unknown report, or a round or unit that does not exist or lies
 * outside the key's unit (the same answer for both); 500 with a reference, details in the log.
 */
export async function handleReportRequest(request: Request, report: string): Promise<Response> {
  let viewer;
  try {
    viewer = await viewerFromApiKey(request.headers.get('authorization'));
  } catch (error) {
    return serverError(error);
  }
  if (!viewer) {
    return problem(401, 'Nyckeln saknas, är fel eller har spärrats. Skicka den som "Authorization: Bearer <nyckel>".', {
      'WWW-Authenticate': 'Bearer realm="kompetenskartan"',
    });
  }
  if (!(REPORT_NAMES as readonly string[]).includes(report)) {
    return problem(404, `Rapporten "${report}" finns inte. Välj en av: ${REPORT_NAMES.join(', ')}.`);
  }
  const q = new URL(request.url).searchParams;
  const input = {
    command: report,
    round: q.get('round') ?? undefined,
    unit: q.get('unit') ?? undefined,
    by: q.get('by') ?? 'requirement',
    question: q.get('question') ?? undefined,
    from: q.get('from') ?? undefined,
    to: q.get('to') ?? undefined,
    json: true,
  };
  const parsed = commandSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'parameter';
    return problem(400, `${where}: ${issue?.code === 'invalid_type' ? 'saknas' : (issue?.message ?? 'ogiltig')}`);
  }
  try {
    const body = await runReport(viewer, parsed.data as ReportCommand);
    const { round, unit, by, question, from, to } = input;
    await recordApiRead(viewer, { report, parameters: { round, unit, by, question, from, to } });
    return new Response(JSON.stringify(body), { status: 200, headers: JSON_HEADERS });
  } catch (error) {
    if (error instanceof NotFoundError) return problem(404, error.message);
    if (error instanceof InvalidInputError) return problem(400, error.message);
    return serverError(error);
  }
}

function serverError(error: unknown): Response {
  const ref = crypto.randomUUID().slice(0, 8);
  console.error(`API request failed (${ref})`, loggableError(error));
  return problem(500, `Något gick fel hos oss. Försök igen om en stund (felkod ${ref}).`);
}
