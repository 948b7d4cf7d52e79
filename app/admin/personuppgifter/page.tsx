import type { Metadata } from 'next';
import Link from 'next/link';
import { PeopleTable } from '@/components/admin/personal-data/people-table';
import { PersonSearchForm } from '@/components/admin/personal-data/person-search-form';
import { PseudonymiseForm } from '@/components/admin/personal-data/pseudonymise-form';
import { StoredDataSummary } from '@/components/admin/personal-data/stored-data-summary';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { getPersonalDataOverview, getStoredPersonalData, searchPersonalData, type StoredPersonalData } from '@/lib/data/personal-data';
import { USER_ROLES, type UserRole } from '@/lib/domain/enums';
import { userRoleLabel } from '@/lib/format/user-role';
import { employeeIdParamSchema, personSearchSchema } from '@/lib/validation/personal-data';
import { orNotFound } from '../../_lib/or-not-found';
import { pseudonymiseAction } from './actions';
import { PERSONAL_DATA_PATH, registerExtractHref, storedDataHref } from './paths';

export const metadata: Metadata = { title: 'Personuppgifter' };

/** The list of people who have left is for an overview; the search finds anyone. */
const SHOWN_ENDED = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function roleText(r: { role: string; unit: string | null; project: string | null }): string {
  const label = (USER_ROLES as readonly string[]).includes(r.role) ? userRoleLabel(r.role as UserRole) : r.role;
  const scope = r.unit ?? r.project;
  return scope ? `${label} (${scope})` : label;
}

export default async function PersonalDataPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  // Every function here checks that the viewer is an administrator; anyone else gets the not-found page.
  const overview = await orNotFound(getPersonalDataOverview(viewer));
  const query = await searchParams;

  const searchText = one(query.sok);
  const search = searchText === undefined ? null : personSearchSchema.safeParse(searchText);
  const hits = search?.success ? await searchPersonalData(viewer, { text: search.data }) : null;

  const wanted = employeeIdParamSchema.safeParse(one(query.anstalld));
  let stored: StoredPersonalData | null = null;
  let unknown = false;
  if (wanted.success) {
    try {
      stored = await getStoredPersonalData(viewer, { employeeId: wanted.data });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      unknown = true;
    }
  }
  const removed = one(query.klart) === 'borttagen' ? (one(query.beteckning) ?? '') : null;

  return (
    <>
      <h1>Personuppgifter</h1>
      <p>
        Här svarar du på frågor om personuppgifter från medarbetare, fack och dataskyddsombud: du tar fram allt som finns
        sparat om en person (registerutdrag) och tar bort en persons uppgifter när hen begär det.
      </p>
      <div role="status">
        {removed !== null && (
          <div className="notice notice--ok">
            <p>
              Personuppgifterna är borttagna. {removed ? `Personens svar i stängda omgångar finns kvar under beteckningen ${removed}.` : ''}
            </p>
          </div>
        )}
      </div>

      {stored ? (
        <PersonSection stored={stored} />
      ) : (
        <>
          {unknown && (
            <div className="notice notice--error" role="alert">
              <p>Det finns ingen person med anställningsnummer {wanted.data}. Sök igen.</p>
            </div>
          )}
          <section aria-labelledby="sok-rubrik" className="panel">
            <h2 id="sok-rubrik">Hitta en person</h2>
            <PersonSearchForm action={PERSONAL_DATA_PATH} value={searchText ?? ''} error={search && !search.success ? (search.error.issues[0]?.message ?? null) : null} />
            {hits &&
              (hits.hits.length === 0 ? (
                <p>Ingen person matchar ”{search?.data}”.</p>
              ) : (
                <>
                  <PeopleTable id="traffar" caption={`Personer som matchar ”${search?.data}”`} rows={hits.hits} hrefOf={storedDataHref} />
                  {hits.more && <p>Det finns fler träffar. Skriv mer av namnet eller hela anställningsnumret.</p>}
                </>
              ))}
          </section>

          <section aria-labelledby="gallring-rubrik">
            <h2 id="gallring-rubrik">Automatisk gallring</h2>
            {overview.retentionMonths === null ? (
              <p>
                Ingen lagringstid är inställd, så inga uppgifter tas bort automatiskt. Du ställer in lagringstiden under{' '}
                <Link href="/admin/installningar">Inställningar</Link>.
              </p>
            ) : (
              <p>
                En persons uppgifter tas bort automatiskt {overview.retentionMonths} månader efter att anställningen har slutat.
                Det sker när den schemalagda gallringen körs (varje natt, om den är inställd) eller när någon kör kommandot{' '}
                <code>retention</code>.
              </p>
            )}
            {overview.ended.length === 0 ? (
              <p>Alla som har slutat har redan fått sina uppgifter borttagna.</p>
            ) : (
              <>
                <PeopleTable
                  id="slutat"
                  caption="Personer som har slutat och vars uppgifter finns kvar"
                  rows={overview.ended.slice(0, SHOWN_ENDED)}
                  hrefOf={storedDataHref}
                  showDue={overview.retentionMonths !== null}
                />
                {overview.ended.length > SHOWN_ENDED && (
                  <p>
                    Här visas de {SHOWN_ENDED} som slutade först av {overview.ended.length}. Sök efter en person för att se fler.
                  </p>
                )}
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

function PersonSection({ stored }: { stored: StoredPersonalData }) {
  const { person } = stored;
  const data = { ...stored, userAccounts: stored.userAccounts.map((u) => ({ ...u, roles: u.roles.map(roleText) })) };
  return (
    <>
      <p>
        <Link href={PERSONAL_DATA_PATH}>Tillbaka till sökningen</Link>
      </p>
      <section aria-labelledby="person-rubrik">
        <h2 id="person-rubrik">Det här finns sparat om {person.name}</h2>
        <StoredDataSummary data={data} />
      </section>

      <section aria-labelledby="utdrag-rubrik" className="panel">
        <h2 id="utdrag-rubrik">Registerutdrag</h2>
        <p>
          Registerutdraget innehåller allt i listan ovan, rad för rad, också personens egna svar på effektfrågorna som
          annars bara personen själv ser. Lämna det bara till personen själv. Varje utdrag skrivs i loggen.
        </p>
        <ul className="button-list">
          <li>
            <a className="button" href={registerExtractHref(person.employeeId, 'json')} download>
              Ladda ner registerutdrag (JSON)
            </a>
          </li>
          <li>
            <a className="button" href={registerExtractHref(person.employeeId, 'pdf')} download>
              Ladda ner registerutdrag (PDF)
            </a>
          </li>
          <li>
            <Link className="button button--secondary" href={registerExtractHref(person.employeeId, 'sida')}>
              Visa registerutdraget
            </Link>
          </li>
        </ul>
      </section>

      {person.pseudonymisedAt ? (
        <div className="notice">
          <p>Personens uppgifter är redan borttagna. Det som finns kvar är svar utan namn i stängda omgångar.</p>
        </div>
      ) : (
        <section aria-labelledby="ta-bort-rubrik" className="confirm-panel">
          <h2 id="ta-bort-rubrik">Ta bort personuppgifter</h2>
          <p>När du tar bort personuppgifterna för {person.name} händer det här:</p>
          <ul>
            <li>Namn, e-post och anställningsnummer byts ut mot ”Borttagen person” och ett slumpat nummer, överallt, också i loggen.</li>
            <li>Användarkontot och de personliga länkarna tas bort. Personen kan inte logga in längre.</li>
            <li>
              Svar i omgångar som inte har stängt tas bort
              {stored.openRoundAnswers > 0 ? ` (${stored.openRoundAnswers} svar)` : ' (det finns inga)'}.
            </li>
            <li>
              Svar i stängda omgångar finns kvar utan namn, så att omgångarnas siffror inte ändras. Enhet, yrkesroll,
              anställningsform, datum och kön finns också kvar, eftersom siffrorna räknas fram med dem.
            </li>
            <li>Om personen finns kvar i filerna från personalsystemet kommer hen tillbaka vid nästa import. Ta bort hen där först.</li>
          </ul>
          <PseudonymiseForm action={pseudonymiseAction} employeeId={person.employeeId} name={person.name} />
        </section>
      )}
    </>
  );
}
