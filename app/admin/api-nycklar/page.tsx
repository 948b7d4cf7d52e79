import type { Metadata } from 'next';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { ApiKeysTable } from '@/components/admin/api-keys/api-keys-table';
import { CreateApiKeyForm } from '@/components/admin/api-keys/create-api-key-form';
import { ConfirmPanel } from '@/components/admin/confirm-panel';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { listApiKeys } from '@/lib/data/api-keys';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import { orNotFound } from '../../_lib/or-not-found';
import { createApiKeyAction, revokeApiKeyAction } from './actions';
import { API_KEYS_PATH } from './paths';

export const metadata: Metadata = { title: 'API-nycklar' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApiKeysPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  // Checks that the viewer is an administrator; anyone else gets the not-found page.
  const keys = await orNotFound(listApiKeys(viewer));
  const units = await visibleUnitChoices(viewer);
  const query = await searchParams;
  const revoking = typeof query.sparra === 'string' ? keys.find((k) => String(k.id) === query.sparra && !k.revokedAt) : undefined;

  return (
    <>
      <h1>API-nycklar</h1>
      <p>
        Med en API-nyckel kan ett BI-verktyg, till exempel Power BI eller Excel, eller ett skript hämta samma rapporter som
        kommandoraden: kompetensgap, prioriteringar, effektmått, digitala utbildningar och svarsfrekvens. Rapporterna visar bara
        sammanräknade siffror. Effektmått för grupper med färre än minsta gruppstorleken visas inte.
      </p>
      <p>
        Hur man hämtar rapporterna står i README under ”HTTP API”. Adressen börjar med <code>/api/v1/reports/</code>.
      </p>
      <div role="status">
        {query.klart === 'sparrad' && (
          <div className="notice notice--ok">
            <p>Nyckeln är spärrad. Den slutar fungera direkt.</p>
          </div>
        )}
      </div>

      {revoking && (
        <ConfirmPanel question={`Spärra nyckeln ”${revoking.name}”?`} cancelHref={API_KEYS_PATH}>
          <p>Allt som använder nyckeln slutar få data direkt. Det går inte att ångra. Du kan skapa en ny nyckel i stället.</p>
          <ActionButtonForm action={revokeApiKeyAction} fields={{ id: String(revoking.id) }} label="Ja, spärra nyckeln" variant="danger" />
        </ConfirmPanel>
      )}

      <section aria-labelledby="ny-nyckel-rubrik" className="panel">
        <h2 id="ny-nyckel-rubrik">Ny API-nyckel</h2>
        <CreateApiKeyForm action={createApiKeyAction} units={units} />
      </section>

      <section aria-labelledby="nycklar-rubrik" className="panel">
        <h2 id="nycklar-rubrik">Alla nycklar</h2>
        <ApiKeysTable keys={keys} revokeHref={(id) => `${API_KEYS_PATH}?sparra=${id}#bekraftelse`} />
      </section>
    </>
  );
}
