'use client';

import type { FormEvent } from 'react';
import { ImportError } from './import-error';
import { ImportProgress } from './import-progress';
import { useImportRun } from './use-import-run';

/**
 * Step 2: "Importera" runs the checked upload for real. With JavaScript a progress bar follows
 * the server's work; without, the form posts and the server answers with the result's page.
 */
export function ImportConfirmForm({ action, id }: { action: string; id: string }) {
  const { busy, progress, error, run } = useImportRun(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(action, new FormData(event.currentTarget));
  }

  return (
    <form action={action} method="post" onSubmit={onSubmit} aria-busy={busy}>
      <input type="hidden" name="id" value={id} />
      <p>
        <button type="submit" className="button" disabled={busy}>
          Importera
        </button>
      </p>
      <ImportProgress id="import-confirm-progress" progress={progress} />
      <ImportError message={error} />
    </form>
  );
}
