import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeHistory } from '@/components/admin/frameworks/change-history';
import { NewRequirementForm } from '@/components/admin/frameworks/new-requirement-form';
import { RequirementsTable } from '@/components/admin/frameworks/requirements-table';
import { RoleLevelsForm } from '@/components/admin/frameworks/role-levels-form';
import { RolePicker } from '@/components/admin/frameworks/role-picker';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getFrameworkEditor, listFrameworkChanges } from '@/lib/data/frameworks-admin';
import { SURVEY_LANGUAGES } from '@/lib/domain/languages';
import { orNotFound } from '../../../_lib/or-not-found';
import { createRequirementAction, setRoleLevelsAction, updateRequirementAction } from '../actions';
import { FRAMEWORKS_PATH, frameworkPath, requirementPath } from '../paths';

export const metadata: Metadata = { title: 'Kravramverk' };

type Props = {
  params: Promise<{ frameworkId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const AREAS_LIST = 'kravomraden';

export default async function FrameworkPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const { frameworkId } = await params;
  const query = await searchParams;
  if (!/^\d{1,9}$/.test(frameworkId)) notFound();
  const id = Number(frameworkId);
  const role = typeof query.roll === 'string' && query.roll.length <= 100 ? query.roll : null;
  // Both check that the viewer is HR or an administrator; anyone else, an unknown framework or
  // role, gets the not-found page.
  const [editor, changes] = await orNotFound(Promise.all([getFrameworkEditor(viewer, { framework: id, role }), listFrameworkChanges(viewer, { framework: id, limit: 50 })]));
  const { framework, requirements } = editor;
  const byCode = new Map(requirements.map((r) => [r.code, r]));

  return (
    <>
      <p>
        <Link href={FRAMEWORKS_PATH}>Alla kravramverk</Link>
      </p>
      <h1>{framework.name}</h1>
      <div role="status">
        {query.klart === 'kopierat' && (
          <div className="notice notice--ok">
            <p>Ramverket är kopierat. Kraven har fått nya koder. Ändra det som ska vara annorlunda i det nya ramverket.</p>
          </div>
        )}
      </div>

      <section aria-labelledby="nivaer-rubrik">
        <h2 id="nivaer-rubrik">Kravnivåer och vikter per yrkesroll</h2>
        <p>
          Kravnivån är den nivå som rollen ska nå på kravet, från 1 Fakta till 4 Förtrogenhet. Vikten säger hur viktigt kravet är för rollen,
          från 1 Bra att ha till 3 Avgörande för säkerheten. Välj en yrkesroll:
        </p>
        {editor.roles.length === 0 ? (
          <div className="notice">
            <p>Det finns inga yrkesroller ännu. Läs in tabellen roles först.</p>
          </div>
        ) : (
          <RolePicker roles={editor.roles.map((r) => ({ ...r, href: frameworkPath(framework.id, r.code) }))} current={editor.role?.code ?? null} />
        )}
        {editor.role && requirements.length > 0 && (
          <RoleLevelsForm
            key={editor.role.code}
            action={setRoleLevelsAction}
            frameworkId={framework.id}
            role={editor.role}
            rows={editor.levels.map((l) => ({
              code: l.requirement,
              name: byCode.get(l.requirement)?.name ?? l.requirement,
              area: byCode.get(l.requirement)?.area ?? null,
              requiredLevel: l.requiredLevel,
              weight: l.weight,
            }))}
          />
        )}
      </section>

      <section aria-labelledby="krav-rubrik">
        <h2 id="krav-rubrik">Krav i ramverket</h2>
        {requirements.length === 0 ? (
          <div className="notice">
            <p>Ramverket har inga krav ännu. Lägg till det första kravet nedanför.</p>
          </div>
        ) : (
          <>
            <p>Ändra namn, kravområde eller beskrivning direkt i tabellen och tryck på Spara på samma rad. Medarbetarna ser texterna i kartläggningen.</p>
            <RequirementsTable
              action={updateRequirementAction}
              requirements={requirements.map((r) => ({ ...r, href: requirementPath(r.code) }))}
              areas={editor.areas}
              areasListId={AREAS_LIST}
              caption={`Krav i ${framework.name}`}
            />
          </>
        )}
      </section>

      <section aria-labelledby="nytt-rubrik" className="panel">
        <h2 id="nytt-rubrik">Lägg till ett krav</h2>
        <NewRequirementForm action={createRequirementAction} frameworkId={framework.id} areasListId={AREAS_LIST} />
      </section>

      <section aria-labelledby="historik-rubrik">
        <h2 id="historik-rubrik">Historik</h2>
        <ChangeHistory changes={changes} caption={`De 50 senaste ändringarna i ${framework.name}, nyaste först`} languages={SURVEY_LANGUAGES} />
      </section>
    </>
  );
}
