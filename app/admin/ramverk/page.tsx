import type { Metadata } from 'next';
import { ChangeHistory } from '@/components/admin/frameworks/change-history';
import { CopyFrameworkForm } from '@/components/admin/frameworks/copy-framework-form';
import { FrameworksTable } from '@/components/admin/frameworks/frameworks-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { listFrameworkChanges, listFrameworks } from '@/lib/data/frameworks-admin';
import { SURVEY_LANGUAGES } from '@/lib/domain/languages';
import { orNotFound } from '../../_lib/or-not-found';
import { copyFrameworkAction } from './actions';
import { frameworkPath } from './paths';

export const metadata: Metadata = { title: 'Kravramverk' };

export default async function FrameworksPage() {
  const viewer = await requireSignedIn();
  // Both check that the viewer is HR or an administrator; anyone else gets the not-found page.
  const [list, changes] = await orNotFound(Promise.all([listFrameworks(viewer), listFrameworkChanges(viewer, { limit: 30 })]));
  return (
    <>
      <h1>Kravramverk</h1>
      <p>
        Ett kravramverk samlar de krav som yrkesrollerna ska klara. Här ändrar du kraven och deras översättningar, och vilken kravnivå och
        vikt varje yrkesroll har. Alla ändringar sparas i en historik.
      </p>
      {list.frameworks.length === 0 ? (
        <div className="notice">
          <p>
            Det finns inga kravramverk ännu. Läs in krav med kolumnen <code>framework</code> i tabellen <code>requirements</code>, så visas
            ramverket här.
          </p>
        </div>
      ) : (
        <FrameworksTable frameworks={list.frameworks.map((f) => ({ ...f, href: frameworkPath(f.id) }))} />
      )}
      {list.withoutFramework > 0 && (
        <div className="notice">
          <p>
            {list.withoutFramework === 1 ? 'Ett krav hör' : `${list.withoutFramework} krav hör`} inte till något ramverk och kan inte ändras
            här. Ange ramverket i kolumnen <code>framework</code> och läs in kraven igen.
          </p>
        </div>
      )}

      {list.frameworks.length > 0 && (
        <section aria-labelledby="kopiera-rubrik" className="panel">
          <h2 id="kopiera-rubrik">Kopiera ett ramverk</h2>
          <p>Börja ett nytt ramverk från ett som finns: alla krav och deras översättningar kopieras och får nya koder.</p>
          <CopyFrameworkForm action={copyFrameworkAction} frameworks={list.frameworks.map((f) => ({ value: String(f.id), label: f.name }))} />
        </section>
      )}

      <section aria-labelledby="historik-rubrik">
        <h2 id="historik-rubrik">Senaste ändringarna</h2>
        <ChangeHistory changes={changes} caption="De 30 senaste ändringarna i alla ramverk, nyaste först" languages={SURVEY_LANGUAGES} />
      </section>
    </>
  );
}
