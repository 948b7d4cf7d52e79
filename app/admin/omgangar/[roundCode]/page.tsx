import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { ConfirmPanel } from '@/components/admin/confirm-panel';
import { InvitationUnitsTable } from '@/components/admin/rounds/invitation-units-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getAdminRound } from '@/lib/data/rounds-admin';
import { formatDate, formatDateRange } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';
import { roundKindLabel, roundStatusLabel } from '@/lib/format/round';
import { orNotFound } from '../../../_lib/or-not-found';
import { closeRoundAction, createInvitationsAction, openRoundAction } from '../actions';
import { lettersPath, roundPath, ROUNDS_PATH } from '../paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Omgång' };

type Props = {
  params: Promise<{ roundCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function doneMessage(value: unknown): string | null {
  if (value === 'skapad') return 'Omgången är skapad. Bjud in medarbetarna och öppna den.';
  if (value === 'oppnad') return 'Omgången är öppen. Medarbetarna kan svara från i dag.';
  if (value === 'stangd') return 'Omgången är stängd. Ingen kan svara längre, och de personliga länkarna fungerar inte.';
  const invited = typeof value === 'string' ? /^inbjudna-(\d{1,7})$/.exec(value) : null;
  if (invited) {
    const n = Number(invited[1]);
    if (n === 0) return 'Det fanns ingen ny person att bjuda in. Alla som ska vara med är redan inbjudna.';
    return n === 1 ? 'En person till är inbjuden.' : `${formatCount(n)} personer till är inbjudna.`;
  }
  return null;
}

/** One round: its facts, "Skapa inbjudningar", open now, close now (after a confirmation) and the invitation list per unit. */
export default async function RoundPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ roundCode }, query] = await Promise.all([params, searchParams]);
  const round = await orNotFound(getAdminRound(viewer, { round: roundCode }));
  const done = doneMessage(query.klart);
  const path = roundPath(round.code);
  const confirmClose = query.bekrafta === 'stang' && round.status === 'open';
  const forUnits = round.units.length === 0 ? 'Hela organisationen' : round.units.map((u) => u.name).join(', ');

  return (
    <>
      <p>
        <Link href={ROUNDS_PATH}>Alla omgångar</Link>
      </p>
      <h1>{round.name}</h1>
      <div role="status">
        {done && (
          <div className="notice notice--ok">
            <p>{done}</p>
          </div>
        )}
      </div>

      {confirmClose && (
        <ConfirmPanel question="Stäng omgången? Ingen kan svara efter det." cancelHref={path}>
          <p>
            Omgången får i går som sista svarsdag. De personliga länkarna slutar fungera. Svaren som redan har kommit in finns kvar. En
            stängd omgång kan inte öppnas igen.
          </p>
          <ActionButtonForm action={closeRoundAction} fields={{ round: round.code }} label="Ja, stäng omgången" variant="danger" />
        </ConfirmPanel>
      )}

      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{roundStatusLabel(round.status)}</dd>
        </div>
        <div>
          <dt>Svarstid</dt>
          <dd>{formatDateRange(round.opensOn, round.closesOn)}</dd>
        </div>
        <div>
          <dt>Kod</dt>
          <dd>{round.code}</dd>
        </div>
        <div>
          <dt>Frågar om</dt>
          <dd>{roundKindLabel(round.kind)}</dd>
        </div>
        <div>
          <dt>Gäller</dt>
          <dd>{forUnits}</dd>
        </div>
        <div>
          <dt>Inbjudna</dt>
          <dd>{round.hasInvitationList ? formatCount(round.invited) : 'Ingen inbjudningslista'}</dd>
        </div>
        <div>
          <dt>Har svarat</dt>
          <dd>{formatCount(round.answered)}</dd>
        </div>
      </dl>

      <section aria-labelledby="inbjudningar-rubrik" className="panel">
        <h2 id="inbjudningar-rubrik">Inbjudningar</h2>
        {round.status === 'closed' ? (
          <p>Omgången har stängt. Det går inte att bjuda in fler.</p>
        ) : (
          <>
            <p>
              {round.units.length === 0 ? 'Alla i organisationen' : `Alla på ${forUnits} och enheterna under`} som är anställda på första
              svarsdagen, {formatDate(round.opensOn)}, bjuds in. Trycker du igen läggs bara nya personer till.
            </p>
            {!round.hasInvitationList && round.units.length === 0 && (
              <p>Utan inbjudningar får alla som är anställda under svarstiden svara.</p>
            )}
            <ActionButtonForm action={createInvitationsAction} fields={{ round: round.code }} label="Skapa inbjudningar" />
          </>
        )}
      </section>

      <section aria-labelledby="oppna-rubrik" className="panel">
        <h2 id="oppna-rubrik">Öppna och stänga</h2>
        {round.status === 'planned' && (
          <>
            <p>Omgången öppnar av sig själv {formatDate(round.opensOn)}. Du kan öppna den redan nu.</p>
            {round.units.length > 0 && !round.hasInvitationList && <p>Skapa inbjudningar först, så att bara de valda enheterna får svara.</p>}
            <ActionButtonForm action={openRoundAction} fields={{ round: round.code }} label="Öppna omgången nu" />
          </>
        )}
        {round.status === 'open' && (
          <>
            <p>Omgången är öppen till och med {formatDate(round.closesOn)}. Du kan stänga den tidigare.</p>
            {!confirmClose && (
              <form method="get" action={`${path}#bekraftelse`} className="button-form">
                <input type="hidden" name="bekrafta" value="stang" />
                <button type="submit" className="button button--danger">
                  Stäng omgången
                </button>
              </form>
            )}
          </>
        )}
        {round.status === 'closed' && <p>Omgången stängde {formatDate(round.closesOn)}.</p>}
      </section>

      <section aria-labelledby="lista-rubrik">
        <h2 id="lista-rubrik">Inbjudningslista och brev</h2>
        {round.byUnit.length === 0 ? (
          <p>Ingen är inbjuden ännu.</p>
        ) : (
          <>
            {round.status !== 'closed' && (
              <p>
                Skriv ut brev med personliga länkar till medarbetare som inte har en dator på jobbet. Chefen lämnar breven.{' '}
                <Link href={lettersPath(round.code)}>Skriv brev</Link>
              </p>
            )}
            <InvitationUnitsTable
              roundName={round.name}
              rows={round.byUnit.map((u) => ({ ...u, lettersHref: round.status === 'closed' ? null : lettersPath(round.code, u.code) }))}
            />
          </>
        )}
      </section>
    </>
  );
}
