import type { ProgressEvent } from './progress-events';

export interface PostHandlers {
  /** Bytes of the request body sent so far. */
  onSent?: (loaded: number, total: number) => void;
  onEvent: (event: ProgressEvent) => void;
}

/** How a request ended: the server's refusal message, or nothing when the stream ran. */
export type PostOutcome = { ok: true } | { ok: false; message: string };

const NETWORK_ERROR = 'Kontakten med servern bröts. Kontrollera nätverket och försök igen.';

/**
 * Posts a form and reads the answer's progress stream (one JSON object per line) as it
 * arrives. XMLHttpRequest rather than fetch: it also reports how much of a large upload has
 * been sent, which fetch cannot.
 */
export function postWithProgress(url: string, body: FormData, handlers: PostHandlers): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const drain = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      for (let end = text.indexOf('\n', seen); end !== -1; end = text.indexOf('\n', seen)) {
        const line = text.slice(seen, end).trim();
        seen = end + 1;
        if (line) handlers.onEvent(JSON.parse(line) as ProgressEvent);
      }
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) handlers.onSent?.(e.loaded, e.total);
    };
    xhr.onprogress = drain;
    xhr.onload = () => {
      if (xhr.status === 200) {
        drain();
        resolve({ ok: true });
        return;
      }
      let message = `Servern svarade med fel ${xhr.status}. Försök igen.`;
      try {
        const parsed = JSON.parse(xhr.responseText) as { message?: unknown };
        if (typeof parsed.message === 'string') message = parsed.message;
      } catch {
        // Not JSON: keep the general message.
      }
      resolve({ ok: false, message });
    };
    xhr.onerror = () => resolve({ ok: false, message: NETWORK_ERROR });
    xhr.send(body);
  });
}
