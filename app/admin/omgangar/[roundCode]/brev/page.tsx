import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LettersForm } from '@/components/admin/rounds/letters-form';
import { LettersSheet } from '@/components/admin/rounds/letters-sheet';
import { PrintButton } from '@/components/admin/rounds/print-button';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getInvitationLetters, letterChoices, LETTERS_HELD_MINUTES } from '@/lib/data/invitation-letters';
import { formatDate } from '@/lib/format/date';
import { formatDateTime } from '@/lib/format/date-time';
import { formatCount } from '@/lib/format/number';
import { letterBatchIdSchema } from '@/lib/validation/rounds';
import { orNotFound } from '../../../../_lib/or-not-found';
import { createLettersAction } from '../../actions';
import { roundPath } from '../../paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Inbjudningsbrev' };

type Props = {
  params: Promise<{ roundCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Invitation letters of a round. Without `?utskick=`: choose a unit and make its letters (a POST:
 * new personal links). With it: the letters just made, held for their maker a short while; with
 * `&utskrift=1` only the letters, the variant the PDF is printed from. HR and administrators.
 */
export default async function LettersPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ roundCode }, query] = await Promise.all([params, searchParams]);
  const batchId = letterBatchIdSchema.safeParse(query.utskick);

  if (query.utskick !== undefined) {
    // A malformed batch id is as unknown as an expired one or someone else's.
    if (!batchId.success) notFound();
    const batch = await orNotFound(getInvitationLetters(viewer, { round: roundCode, batch: batchId.data }));
    const context = {
      organisation: batch.organisation,
      roundName: batch.round.name,
      closesOn: batch.round.closesOn,
      asksCompetence: batch.round.kind !== 'effekt',
      asksEffect: batch.round.kind !== 'kompetens',
      k: batch.k,
    };
    const pdfHref = `${roundPath(batch.round.code)}/brev.pdf?utskick=${encodeURIComponent(batch.id)}`;
    if (query.utskrift === '1') {
      return (
        <>
          <h1 className="visually-hidden">
            Brev till {batch.unit.name}: {batch.round.name}
          </h1>
          <LettersSheet letters={batch.letters} context={context} />
        </>
      );
    }
    return (
      <LettersSheet
        letters={batch.letters}
        context={context}
        intro={
          <>
            <p>
              <Link href={roundPath(batch.round.code)}>Tillbaka till {batch.round.name}</Link>
            </p>
            <h1>{`Brev till ${batch.unit.name}: ${formatCount(batch.letters.length)} st`}</h1>
            <div className="notice" role="status">
              <p>
                <strong>Länkarna visas bara här.</strong> Kompetenskartan sparar inte länkarna, så de går inte att visa igen. Sidan finns
                kvar i {LETTERS_HELD_MINUTES} minuter, till {formatDateTime(batch.heldUntil)}, och bara för dig. Skriv ut breven eller ladda
                ner dem som PDF nu. Behöver du breven igen senare skapar du nya. Då slutar de här länkarna att fungera.
              </p>
              {batch.revoked > 0 && (
                <p>
                  {batch.revoked === 1 ? 'En tidigare länk' : `${formatCount(batch.revoked)} tidigare länkar`} till omgången slutade
                  fungera när de här breven skapades.
                </p>
              )}
            </div>
            <p>Varje brev hamnar på en egen sida. Ge breven till chefen, som lämnar dem till var och en.</p>
            <div className="round-actions">
              <PrintButton label="Skriv ut breven" />
              <a href={pdfHref} className="button button--secondary" download>
                Ladda ner breven som PDF
              </a>
            </div>
          </>
        }
      />
    );
  }

  const choices = await orNotFound(letterChoices(viewer, { round: roundCode }));
  const unit = typeof query.enhet === 'string' ? query.enhet : undefined;
  return (
    <>
      <p>
        <Link href={roundPath(choices.round.code)}>Tillbaka till {choices.round.name}</Link>
      </p>
      <h1>{`Skriv brev: ${choices.round.name}`}</h1>
      <p>
        Brevet är till medarbetare som inte har en dator på jobbet. Det har en personlig länk och en QR-kod som leder direkt till
        kartläggningen, utan lösenord. Chefen lämnar breven till var och en.
      </p>
      {choices.round.closed ? (
        <p className="notice">Omgången har stängt. Det går inte att skriva brev till den.</p>
      ) : choices.units.length === 0 ? (
        <p className="notice">Ingen är inbjuden till omgången ännu. Skapa inbjudningar på omgångens sida först.</p>
      ) : (
        <>
          <p>
            När du skapar breven får varje person en ny länk. En länk från ett tidigare brev till samma omgång slutar då att fungera.
            Länkarna fungerar till och med {formatDate(choices.round.closesOn)}.
          </p>
          <LettersForm
            action={createLettersAction}
            round={choices.round.code}
            unit={unit}
            units={choices.units.map((u) => ({ code: u.code, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name} (${formatCount(u.invited)} inbjudna)` }))}
          />
        </>
      )}
    </>
  );
}
