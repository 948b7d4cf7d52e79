import type { Metadata } from 'next';
import Link from 'next/link';
import { ReminderList } from '@/components/admin/rounds/reminder-list';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getReminderList } from '@/lib/data/reminders';
import { formatDate } from '@/lib/format/date';
import { orNotFound } from '../../../_lib/or-not-found';

export const dynamic = 'force-dynamic';
// No unit name in the title: the same page is the not-found page for units out of scope.
export const metadata: Metadata = { title: 'Påminnelser' };

type Props = {
  params: Promise<{ unitCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Who in a unit has not answered an open round yet, for the unit's chef (and HR, administrators):
 * names only. getReminderList checks access; anyone else gets the not-found page.
 */
export default async function RemindersPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ unitCode }, query] = await Promise.all([params, searchParams]);
  const round = typeof query.omgang === 'string' && query.omgang !== '' ? query.omgang : null;
  const list = await orNotFound(getReminderList(viewer, { unit: unitCode, round }));
  const unitHref = `/enheter/${encodeURIComponent(list.unit.code)}`;
  return (
    <>
      <p>
        <Link href={unitHref}>Tillbaka till {list.unit.name}</Link>
      </p>
      <h1>{`Påminnelser: ${list.unit.name}`}</h1>
      {list.round === null ? (
        <p className="notice">Det finns ingen öppen omgång för {list.unit.name} just nu, så det finns ingen att påminna.</p>
      ) : (
        <>
          {list.rounds.length > 1 && (
            <form method="get" className="inline-form">
              <div className="field">
                <label htmlFor="paminnelse-omgang">Omgång</label>
                <select id="paminnelse-omgang" name="omgang" defaultValue={list.round.code}>
                  {list.rounds.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name} (till och med {formatDate(r.closesOn)})
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary">
                Visa
              </button>
            </form>
          )}
          <ReminderList
            people={list.notAnswered}
            population={list.population}
            roundName={list.round.name}
            closesOn={list.round.closesOn}
            unitName={list.unit.name}
          />
        </>
      )}
    </>
  );
}
