'use client';

import type { FormEvent } from 'react';
import { ImportError } from './import-error';
import { ImportProgress } from './import-progress';
import { uploadSizeProblem } from './upload-size-problem';
import { useImportRun } from './use-import-run';

// React passes unknown lower-case attributes through; TypeScript's input type lacks these two.
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as Record<string, string>;

const mb = (bytes: number) => new Intl.NumberFormat('sv-SE').format(Math.round(bytes / (1024 * 1024)));

interface Props {
  /** The upload route; without JavaScript the form posts there itself. */
  action: string;
  maxUploadBytes: number;
  maxFileBytes: number;
  submitLabel?: string;
}

/**
 * Step 1: choose files (or a folder) and send them for a dry run. With JavaScript the sizes
 * are checked first and a progress bar follows the upload and the check; without, the form
 * posts and the server answers with the dry run's page.
 */
export function ImportUploadForm({ action, maxUploadBytes, maxFileBytes, submitLabel = 'Kontrollera filerna' }: Props) {
  const { busy, progress, error, setError, run } = useImportRun(true);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const files = data.getAll('filer').filter((v): v is File => typeof v !== 'string' && v.name !== '');
    const problem = uploadSizeProblem(files, maxUploadBytes, maxFileBytes);
    if (problem) {
      setError(problem);
      return;
    }
    void run(action, data);
  }

  return (
    <form action={action} method="post" encType="multipart/form-data" onSubmit={onSubmit} className="stack" aria-busy={busy}>
      <div className="field">
        <label htmlFor="import-filer">Välj filer</label>
        <p className="field__hint" id="import-filer-hint">
          CSV-filer (välj flera på en gång), en zip-fil med CSV-filerna eller en Excel-arbetsbok (.xlsx).
        </p>
        <input id="import-filer" type="file" name="filer" multiple accept=".csv,.zip,.xlsx" aria-describedby="import-filer-hint" disabled={busy} />
      </div>
      <div className="field">
        <label htmlFor="import-mapp">Välj en mapp</label>
        <p className="field__hint" id="import-mapp-hint">
          I stället för filerna: en mapp med CSV-filer. Webbläsaren kan fråga om du vill ladda upp alla filer i mappen.
        </p>
        <input id="import-mapp" type="file" name="filer" {...FOLDER_PICKER} aria-describedby="import-mapp-hint" disabled={busy} />
      </div>
      <p className="muted">
        Högst {mb(maxFileBytes)} MB per fil och {mb(maxUploadBytes)} MB åt gången. Ingenting sparas förrän du har sett
        provkörningen och tryckt på Importera.
      </p>
      <p>
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
      </p>
      <ImportProgress id="import-upload-progress" progress={progress} />
      <ImportError message={error} />
    </form>
  );
}
