import type { Metadata } from 'next';
import Link from 'next/link';
import { RoundsTable } from '@/components/admin/rounds/rounds-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { listAdminRounds } from '@/lib/data/rounds-admin';
import { roundKindLabel, roundStatusLabel } from '@/lib/format/round';
import { orNotFound } from '../../_lib/or-not-found';
import { NEW_ROUND_PATH, roundPath } from './paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Omgångar' };

/** Every survey round, for HR and administrators (listAdminRounds checks; anyone else gets the not-found page). */
export default async function RoundsPage() {
  const viewer = await requireSignedIn();
  const { rounds } = await orNotFound(listAdminRounds(viewer));
  return (
    <>
      <h1>Omgångar</h1>
      <p>
        En omgång är en kartläggning där medarbetarna svarar under en viss tid. Här skapar du en omgång för de enheter som ska svara,
        bjuder in medarbetarna, skriver ut brev med personliga länkar och stänger omgången när tiden är slut.
      </p>
      <p>
        <Link href={NEW_ROUND_PATH} className="button">
          Ny omgång
        </Link>
      </p>
      <RoundsTable
        rounds={rounds.map((r) => ({
          code: r.code,
          name: r.name,
          opensOn: r.opensOn,
          closesOn: r.closesOn,
          statusLabel: roundStatusLabel(r.status),
          kindLabel: roundKindLabel(r.kind),
          forUnits: r.units.length === 0 ? 'Hela organisationen' : r.units.map((u) => u.name).join(', '),
          invited: r.invited,
          answered: r.answered,
          href: roundPath(r.code),
        }))}
      />
    </>
  );
}
