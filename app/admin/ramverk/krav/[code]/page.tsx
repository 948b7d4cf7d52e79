import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeHistory } from '@/components/admin/frameworks/change-history';
import { RequirementRolesTable } from '@/components/admin/frameworks/requirement-roles-table';
import { RequirementTextsForm } from '@/components/admin/frameworks/requirement-texts-form';
import { TranslationForm } from '@/components/admin/frameworks/translation-form';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getRequirementEditor, listFrameworkChanges } from '@/lib/data/frameworks-admin';
import { SURVEY_LANGUAGES } from '@/lib/domain/languages';
import { orNotFound } from '../../../../_lib/or-not-found';
import { setTranslationAction, updateRequirementAction } from '../../actions';
import { FRAMEWORKS_PATH, frameworkPath } from '../../paths';

export const metadata: Metadata = { title: 'Krav' };

type Props = { params: Promise<{ code: string }> };

function decoded(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export default async function RequirementPage({ params }: Props) {
  const viewer = await requireSignedIn();
  const code = decoded((await params).code);
  // Both check that the viewer is HR or an administrator; anyone else, or an unknown code, gets the not-found page.
  const [editor, changes] = await orNotFound(Promise.all([getRequirementEditor(viewer, { code }), listFrameworkChanges(viewer, { requirement: code, limit: 50 })]));
  const { requirement, framework } = editor;
  const languages = [...SURVEY_LANGUAGES, ...editor.translations.map((t) => ({ code: t.language, label: t.label }))];

  return (
    <>
      <p>
        {framework ? <Link href={frameworkPath(framework.id)}>Tillbaka till {framework.name}</Link> : <Link href={FRAMEWORKS_PATH}>Alla kravramverk</Link>}
      </p>
      <h1>
        {requirement.name} <span className="muted">({requirement.code})</span>
      </h1>

      <section aria-labelledby="texter-rubrik" className="panel">
        <h2 id="texter-rubrik">Namn, kravområde och beskrivning</h2>
        <datalist id="kravomraden">
          {editor.areas.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <RequirementTextsForm action={updateRequirementAction} requirement={requirement} areasListId="kravomraden" />
      </section>

      <section aria-labelledby="oversattningar-rubrik">
        <h2 id="oversattningar-rubrik">Översättningar</h2>
        <p>Medarbetarna kan välja språk i kartläggningen. Där det saknas en översättning visas den svenska texten.</p>
        {editor.translations.map((t) => (
          <TranslationForm key={t.language} action={setTranslationAction} code={requirement.code} translation={t} />
        ))}
      </section>

      <section aria-labelledby="roller-rubrik">
        <h2 id="roller-rubrik">Kravnivå per yrkesroll</h2>
        <RequirementRolesTable
          name={requirement.name}
          roles={editor.roles.map((r) => ({ ...r, href: framework ? frameworkPath(framework.id, r.code) : FRAMEWORKS_PATH }))}
        />
      </section>

      <section aria-labelledby="historik-rubrik">
        <h2 id="historik-rubrik">Historik</h2>
        <ChangeHistory changes={changes} caption={`Ändringar av ${requirement.code}, nyaste först`} languages={languages} />
      </section>
    </>
  );
}
