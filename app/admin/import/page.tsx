import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ImportConfirmForm } from '@/components/admin/import/confirm-form';
import { ImportCountsTable } from '@/components/admin/import/import-counts-table';
import { ImportProblemsTable } from '@/components/admin/import/import-problems-table';
import { ImportWarnings } from '@/components/admin/import/import-warnings';
import { UploadedFiles } from '@/components/admin/import/uploaded-files';
import { ImportUploadForm } from '@/components/admin/import/upload-form';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { getImportUpload, importUploadLimits, type ImportUploadView } from '@/lib/data/import-upload';
import { importUploadErrorSchema, importUploadIdSchema, type ImportUploadError } from '@/lib/validation/import-upload';
import { orNotFound } from '../../_lib/or-not-found';
import { discardUploadAction } from './actions';
import { IMPORT_CONFIRM_URL, IMPORT_PATH, IMPORT_UPLOAD_URL } from './paths';

export const metadata: Metadata = { title: 'Importera data' };

/** A page with tens of thousands of table rows helps nobody; the download has them all. */
const SHOWN_PROBLEMS = 1000;

const UPLOAD_ERRORS: Record<ImportUploadError, string> = {
  'for-stort': 'Filerna är för stora för att skickas på en gång. Packa dem i en zip-fil, dela upp dem i flera importer eller använd kommandoraden.',
  'inga-filer': 'Inga filer kom fram. Välj filerna eller mappen och försök igen.',
  'fel-avsandare': 'Filerna kan bara skickas från den här sidan. Välj dem igen och försök en gång till.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  // Only administrators import; anyone else gets the not-found page.
  const limits = await orNotFound(Promise.resolve().then(() => importUploadLimits(viewer)));
  const query = await searchParams;
  const id = importUploadIdSchema.safeParse(query.uppladdning);
  const refused = importUploadErrorSchema.safeParse(query.fel);

  let upload: ImportUploadView | null = null;
  let gone = false;
  if (id.success) {
    try {
      upload = await getImportUpload(viewer, id.data);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      gone = true;
    }
  }

  const uploadForm = (label?: string) => (
    <ImportUploadForm action={IMPORT_UPLOAD_URL} maxUploadBytes={limits.maxUploadBytes} maxFileBytes={limits.maxFileBytes} submitLabel={label} />
  );

  return (
    <>
      <h1>Importera data</h1>
      {upload ? (
        <UploadStep upload={upload} uploadForm={uploadForm} />
      ) : (
        <>
          <p>
            Läs in organisationen, personalen, kravprofiler, omgångar, svar och utbildningar från filer. Först gör
            Kompetenskartan en provkörning som visar vad som skulle hända. Ingenting sparas förrän du trycker på Importera.
          </p>
          <div role="status">
            {query.klart === 'avbruten' && (
              <div className="notice notice--ok">
                <p>Importen är avbruten och filerna är borttagna. Ingenting har ändrats.</p>
              </div>
            )}
          </div>
          {(gone || refused.success) && (
            <div className="notice notice--error" role="alert">
              <p>
                {gone
                  ? 'Uppladdningen finns inte längre. Filerna sparas i en timme efter provkörningen. Ladda upp dem igen.'
                  : UPLOAD_ERRORS[refused.data as ImportUploadError]}
              </p>
            </div>
          )}
          <section aria-labelledby="valj-rubrik" className="panel">
            <h2 id="valj-rubrik">Välj filer att importera</h2>
            <p>
              Filerna heter som tabellerna, till exempel <code>units.csv</code> och <code>people.csv</code>. I en
              Excel-arbetsbok heter bladen så. Vilka kolumner som behövs står i handboken för import.
            </p>
            {uploadForm()}
          </section>
        </>
      )}
    </>
  );
}

function UploadStep({ upload, uploadForm }: { upload: ImportUploadView; uploadForm: (label?: string) => ReactNode }) {
  const problemsHref = `${IMPORT_PATH}/problem?uppladdning=${upload.id}`;
  switch (upload.status) {
    case 'ready':
      return (
        <>
          <section aria-labelledby="prov-rubrik">
            <h2 id="prov-rubrik">Provkörningen är klar: inget är sparat ännu</h2>
            <UploadedFiles files={upload.files} createdAt={upload.createdAt} />
            <p>Alla rader gick att läsa och passar ihop med det som redan finns. Så här blir det om du importerar:</p>
            <ImportCountsTable id="prov-tabell" caption="Det här händer om du importerar" rows={upload.check.tables} />
            <ImportWarnings warnings={upload.check.warnings} />
          </section>
          <section aria-labelledby="bekrafta-rubrik" className="confirm-panel">
            <h2 id="bekrafta-rubrik">Importera filerna?</h2>
            <p>
              Allt sparas på en gång, eller ingenting. Personer, enheter och andra rader som redan finns uppdateras, inget tas bort.
            </p>
            <ImportConfirmForm action={IMPORT_CONFIRM_URL} id={upload.id} />
            <form action={discardUploadAction}>
              <input type="hidden" name="id" value={upload.id} />
              <button type="submit" className="button button--secondary">
                Avbryt och ta bort filerna
              </button>
            </form>
          </section>
        </>
      );
    case 'rejected':
      return (
        <>
          <div className="notice notice--error" role="alert">
            <p>
              Filerna har {upload.check.rejected.length === 1 ? 'ett problem' : `${upload.check.rejected.length} problem`}.
              Ingenting har sparats. Rätta filerna och ladda upp dem igen.
            </p>
          </div>
          <section aria-labelledby="problem-rubrik">
            <h2 id="problem-rubrik">Det här behöver rättas</h2>
            <UploadedFiles files={upload.files} createdAt={upload.createdAt} />
            <ImportProblemsTable problems={upload.check.rejected} shown={SHOWN_PROBLEMS} downloadHref={problemsHref} />
            <ImportWarnings warnings={upload.check.warnings} />
          </section>
          <section aria-labelledby="igen-rubrik" className="panel">
            <h2 id="igen-rubrik">Ladda upp rättade filer</h2>
            {uploadForm()}
          </section>
        </>
      );
    case 'imported':
      return (
        <>
          <div className="notice notice--ok" role="status">
            <p>Importen är klar. Allt i filerna är sparat.</p>
          </div>
          <section aria-labelledby="klar-rubrik">
            <h2 id="klar-rubrik">Det här importerades</h2>
            <UploadedFiles files={upload.files} createdAt={upload.createdAt} />
            <ImportCountsTable id="klar-tabell" caption="Sparade rader per tabell" rows={upload.result?.tables ?? []} />
            <ImportWarnings warnings={upload.result?.warnings ?? []} />
            <p>
              Händelsen finns i <Link href="/admin/logg">loggen</Link>. <Link href={IMPORT_PATH}>Importera fler filer</Link>
            </p>
          </section>
        </>
      );
    case 'rejected-on-confirm':
      return (
        <>
          <div className="notice notice--error" role="alert">
            <p>
              Importen avvisades. Ingenting har ändrats. Något i databasen ändrades efter provkörningen, så att några rader inte
              längre passar.
            </p>
          </div>
          <section aria-labelledby="problem-rubrik">
            <h2 id="problem-rubrik">Det här behöver rättas</h2>
            <ImportProblemsTable problems={upload.result?.rejected ?? []} shown={SHOWN_PROBLEMS} downloadHref={problemsHref} />
          </section>
          <section aria-labelledby="igen-rubrik" className="panel">
            <h2 id="igen-rubrik">Ladda upp filerna igen</h2>
            {uploadForm()}
          </section>
        </>
      );
  }
}
