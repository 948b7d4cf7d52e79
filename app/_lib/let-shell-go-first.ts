/**
 * Streamed sections call this before reading their data, so that the page's first part (sent as
 * soon as it is rendered) is not held back by the sections' queries: with the embedded database
 * they run on the server's one thread, and React only writes the first part on a later turn of
 * the event loop. One timer turn is enough; it costs nothing noticeable elsewhere.
 */
export function letShellGoFirst(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
