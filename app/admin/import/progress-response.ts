import 'server-only';
import type { ImportUploadProgress } from '@/lib/data/import-upload';
import { failure } from '../../_lib/action-result';

export const NDJSON = 'application/x-ndjson';

/** The page's script asks for progress; a form sent without JavaScript gets a redirect. */
export function wantsProgress(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes(NDJSON);
}

/** One line of the progress stream (mirrored by components/admin/import/progress-events.ts). */
export type ProgressEvent = ImportUploadProgress | { phase: 'done'; location: string } | { phase: 'error'; message: string };

const yieldToNetwork = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `work` while the response streams one JSON object per line: its progress, then
 * `{ phase: 'done', location }` (the page to open) or `{ phase: 'error', message }`.
 * Writes are never awaited: a reader that stops reading (or a closed tab) must not stall an
 * import holding a transaction; the import then finishes and its page shows the result.
 */
export function progressResponse(work: (send: (event: ImportUploadProgress) => Promise<void>) => Promise<string>): Response {
  const stream = new TransformStream<Uint8Array, Uint8Array>();
  const writer = stream.writable.getWriter();
  const encoder = new TextEncoder();
  let open = true;
  const send = async (event: ProgressEvent) => {
    if (!open) return;
    writer.write(encoder.encode(`${JSON.stringify(event)}\n`)).catch(() => {
      open = false;
    });
    await yieldToNetwork();
  };
  void (async () => {
    try {
      await send({ phase: 'done', location: await work(send) });
    } catch (error) {
      await send({ phase: 'error', message: failure(error).message });
    } finally {
      if (open) await writer.close().catch(() => undefined);
    }
  })();
  return new Response(stream.readable, {
    headers: { 'Content-Type': `${NDJSON}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
}
