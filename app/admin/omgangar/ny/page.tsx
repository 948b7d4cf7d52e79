import type { Metadata } from 'next';
import Link from 'next/link';
import { NewRoundForm } from '@/components/admin/rounds/new-round-form';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { ROUND_KINDS } from '@/lib/domain/enums';
import { roundFormChoices } from '@/lib/data/rounds-admin';
import { roundKindLabel } from '@/lib/format/round';
import { orNotFound } from '../../../_lib/or-not-found';
import { createRoundAction } from '../actions';
import { ROUNDS_PATH } from '../paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Ny omgång' };

/** The new-round form, for HR and administrators (roundFormChoices checks). */
export default async function NewRoundPage() {
  const viewer = await requireSignedIn();
  const { units } = await orNotFound(roundFormChoices(viewer));
  return (
    <>
      <p>
        <Link href={ROUNDS_PATH}>Alla omgångar</Link>
      </p>
      <h1>Ny omgång</h1>
      <p>
        Omgången öppnar på första svarsdagen. När den är skapad bjuder du in medarbetarna på de valda enheterna. Sedan kan du öppna den
        direkt, om du inte vill vänta.
      </p>
      <NewRoundForm action={createRoundAction} units={units} kinds={ROUND_KINDS.map((k) => ({ value: k, label: roundKindLabel(k) }))} />
    </>
  );
}
