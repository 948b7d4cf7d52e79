'use client';

import { useState } from 'react';
import { postWithProgress } from './post-with-progress';
import { progressOf, sendingProgress, type ProgressView } from './progress-events';

const CUT_SHORT = 'Svaret från servern tog slut i förtid. Ladda om sidan för att se om importen blev klar.';

/**
 * Posts an import form and follows the server's progress until it names the page with the
 * result, then opens that page. `dryRun`: the upload step (its bar also covers sending).
 */
export function useImportRun(dryRun: boolean) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressView | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(url: string, body: FormData): Promise<void> {
    setBusy(true);
    setError(null);
    setProgress({ value: null, text: dryRun ? 'Skickar filerna …' : 'Startar importen …' });
    const end: { location: string | null; message: string | null } = { location: null, message: null };
    const outcome = await postWithProgress(url, body, {
      onSent: dryRun ? (loaded, total) => setProgress(sendingProgress(loaded, total)) : undefined,
      onEvent: (event) => {
        if (event.phase === 'done') end.location = event.location;
        else if (event.phase === 'error') end.message = event.message;
        else setProgress(progressOf(event, dryRun));
      },
    });
    if (outcome.ok && end.location) {
      setProgress({ value: 1, text: 'Klart. Resultatet öppnas …' });
      window.location.assign(end.location);
      return;
    }
    setBusy(false);
    setProgress(null);
    setError(outcome.ok ? (end.message ?? CUT_SHORT) : outcome.message);
  }

  return { busy, progress, error, setError, run };
}
