import 'server-only';
import { getDb } from '@/db/client';
import { writeAudit } from '@/db/writes/audit';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { getSteeringView, type SteeringView } from '../steering';
import type { ExportFile } from './export-file';
import { steeringFilename } from './steering-workbook';

/** The print variant of the steering page the PDF is made from (`?utskrift=1`, and the snapshot when one). */
export function steeringPrintPath(view: SteeringView): string {
  const snapshot = view.snapshot ? `&ogonblick=${view.snapshot.id}` : '';
  return `/styrgrupp/${encodeURIComponent(view.project.code)}?utskrift=1${snapshot}`;
}

/**
 * The steering page as a PDF (`rapport.pdf`). Access is the page's (getSteeringView, checked
 * before anything is printed); `render` prints the page as the same viewer and returns the
 * PDF, and only a PDF that was made is written to the audit log.
 */
export async function exportSteeringReport(
  viewer: Viewer,
  args: { project: string; snapshot?: number | null },
  render: (view: SteeringView, printPath: string) => Promise<Uint8Array>,
): Promise<ExportFile> {
  const view = await getSteeringView(viewer, args);
  const body = await render(view, steeringPrintPath(view));
  await writeAudit(await getDb(), {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'exporterade rapport',
    details: { table: 'styrgrupp-rapport', format: 'pdf', project: view.project.code, snapshot: view.snapshot?.id ?? null },
  });
  return { filename: steeringFilename(view.project.code, 'pdf'), contentType: 'application/pdf', body };
}
