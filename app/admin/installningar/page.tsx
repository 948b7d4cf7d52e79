import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { ConfirmPanel } from '@/components/admin/confirm-panel';
import { LogoForm } from '@/components/admin/settings/logo-form';
import { SettingFieldForm } from '@/components/admin/settings/setting-field-form';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getInstallationSettings } from '@/lib/data/settings';
import { MIN_K } from '@/lib/domain/enums';
import { formatDateTime } from '@/lib/format/date-time';
import { orNotFound } from '../../_lib/or-not-found';
import { removeLogoAction, saveMinGroupSizeAction, saveOrganisationNameAction, saveRetentionAction, uploadLogoAction } from './actions';
import { SETTINGS_PATH } from './paths';

export const metadata: Metadata = { title: 'Inställningar' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SettingsPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  // Checks that the viewer is an administrator; anyone else gets the not-found page.
  const settings = await orNotFound(getInstallationSettings(viewer));
  const query = await searchParams;
  const k = settings.minGroupSize;
  const confirmRemoveLogo = query.bekrafta === 'logotyp' && settings.logoDataUrl !== null;

  return (
    <>
      <h1>Inställningar</h1>
      <p>Inställningarna gäller hela Kompetenskartan, för alla användare.</p>
      {settings.updatedAt && (
        <p className="muted">
          Senast ändrade {formatDateTime(settings.updatedAt)} av {settings.updatedBy ?? 'okänd'}.
        </p>
      )}
      <div role="status">
        {query.klart === 'logotyp-borttagen' && (
          <div className="notice notice--ok">
            <p>Logotypen är borttagen.</p>
          </div>
        )}
      </div>

      {confirmRemoveLogo && (
        <ConfirmPanel question="Ta bort logotypen?" cancelHref={SETTINGS_PATH}>
          <p>Logotypen försvinner från sidhuvudet. Du kan ladda upp en ny när du vill.</p>
          <ActionButtonForm action={removeLogoAction} fields={{}} label="Ja, ta bort logotypen" variant="danger" />
        </ConfirmPanel>
      )}

      <section aria-labelledby="k-rubrik" className="panel">
        <h2 id="k-rubrik">Minsta gruppstorlek</h2>
        <p>
          Effektmått, till exempel hur många som känner sig stärkta i sin yrkesroll, visas bara för grupper där minst så här många har
          svarat. Då går det inte att räkna ut hur en enskild person har svarat. Siffror som skulle göra det möjligt att räkna fram en
          mindre grupp döljs också.
        </p>
        <p>
          <strong>Nu gäller {k.value}.</strong>{' '}
          {k.saved === null ? `Det är standardvärdet för installationen (${k.environment}).` : `Standardvärdet för installationen är ${k.environment}.`}
        </p>
        <SettingFieldForm
          action={saveMinGroupSizeAction}
          id="minsta-grupp"
          name="minGroupSize"
          label="Minsta antal svar i en grupp"
          hint={
            <p>
              Minst {MIN_K}. En ändring gäller direkt överallt: på alla sidor, i nedladdade filer, i API:t och på kommandoraden. Frysta
              siffror från tidigare styrgruppsmöten ändras inte.
            </p>
          }
          defaultValue={String(k.value)}
          button="Spara minsta gruppstorlek"
          inputMode="numeric"
          width={4}
        />
      </section>

      <section aria-labelledby="namn-rubrik" className="panel">
        <h2 id="namn-rubrik">Organisationens namn</h2>
        <SettingFieldForm
          action={saveOrganisationNameAction}
          id="organisation"
          name="organisationName"
          label="Namn"
          hint={<p>Visas i sidhuvudet på alla sidor, även på inloggningssidan. Lämna tomt för att inte visa något namn.</p>}
          defaultValue={settings.organisationName ?? ''}
          button="Spara namnet"
        />
      </section>

      <section aria-labelledby="logotyp-rubrik" className="panel">
        <h2 id="logotyp-rubrik">Logotyp</h2>
        {settings.logoDataUrl ? (
          <>
            <p>Så här ser logotypen ut nu:</p>
            {/* A data: URL from the database: next/image would add nothing. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={settings.logoDataUrl} alt="Nuvarande logotyp" style={{ maxHeight: '5rem', maxWidth: '100%' }} />
            <p>
              <Link href={`${SETTINGS_PATH}?bekrafta=logotyp#bekraftelse`} className="button button--secondary">
                Ta bort logotypen
              </Link>
            </p>
            <h3>Byt logotyp</h3>
          </>
        ) : (
          <p>Det finns ingen logotyp ännu.</p>
        )}
        <LogoForm action={uploadLogoAction} />
      </section>

      <section aria-labelledby="lagring-rubrik" className="panel">
        <h2 id="lagring-rubrik">Lagringstid för personuppgifter</h2>
        <p>
          När en persons anställning har slutat sparas personuppgifterna så här många månader. Sedan avidentifieras uppgifterna
          automatiskt, så att det inte längre går att se vem de gäller. Siffrorna för avslutade kartläggningsomgångar ändras inte.
        </p>
        <p>
          <strong>{settings.retentionMonths === null ? 'Ingen lagringstid är satt. Inga uppgifter avidentifieras automatiskt.' : `Nu gäller ${settings.retentionMonths} månader.`}</strong>
        </p>
        <SettingFieldForm
          action={saveRetentionAction}
          id="lagringstid"
          name="retentionMonths"
          label="Lagringstid i månader"
          hint={<p>Minst 1 månad. Lämna tomt om inga uppgifter ska avidentifieras automatiskt.</p>}
          defaultValue={settings.retentionMonths === null ? '' : String(settings.retentionMonths)}
          button="Spara lagringstiden"
          inputMode="numeric"
          width={4}
        />
      </section>
    </>
  );
}
