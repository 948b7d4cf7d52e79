/** An upload larger than allowed; `limit` in bytes. Answered 413 by the route. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Filerna är större än ${Math.round(limit / (1024 * 1024))} MB tillsammans.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request body into memory, but never more than `limit` bytes: a declared
 * Content-Length over the limit is refused before anything is read, and a body without one
 * (chunked) is cancelled as soon as it passes the limit. Either way the server holds at most
 * `limit` bytes of it.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  contentLength: string | null,
  limit: number,
): Promise<Uint8Array> {
  const declared = contentLength === null ? NaN : Number(contentLength);
  if (Number.isFinite(declared) && declared > limit) {
    await body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limit);
  }
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
