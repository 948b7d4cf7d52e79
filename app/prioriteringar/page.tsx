import type { Metadata } from 'next';
import { PriorityFilters } from '@/components/priorities/priority-filters';
import { PriorityTable } from '@/components/priorities/priority-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getTrainingPriorities } from '@/lib/data/training-priorities';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@/lib/domain/enums';
import { EXPERIENCE_PHASES, type ExperiencePhase } from '@/lib/domain/experience';
import { orNotFound } from '../_lib/or-not-found';
import { KRuleNotice } from '@/components/dashboard/withheld';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Prioriteringar' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EMPLOYMENT_LABEL: Record<EmploymentType, string> = { tillsvidare: 'Tillsvidare', visstid: 'Visstid', timanstalld: 'Timanställd' };

function text(query: Record<string, string | string[] | undefined>, key: string): string {
  const v = query[key];
  return typeof v === 'string' ? v.trim() : '';
}

export default async function PrioritiesPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  const query = await searchParams;
  const units = await visibleUnitChoices(viewer);
  // A unit named in the URL is checked by the data layer (not found if out of scope).
  if (units.length === 0 && !text(query, 'enhet')) {
    return (
      <>
        <h1>Prioriteringar</h1>
        <p>Du har inte behörighet att se några enheter ännu. Kontakta din administratör om du behöver se prioriteringar.</p>
      </>
    );
  }
  const employment = EMPLOYMENT_TYPES.find((e) => e === text(query, 'anstallning')) ?? null;
  const phase = EXPERIENCE_PHASES.find((p) => p.code === text(query, 'fas'))?.code ?? null;
  const unit = text(query, 'enhet') || (units[0]?.code as string);
  // getTrainingPriorities checks that the viewer may see the unit; anything else is not found.
  const data = await orNotFound(
    getTrainingPriorities(viewer, {
      unit,
      round: text(query, 'omgang') || null,
      area: text(query, 'omrade') || null,
      role: text(query, 'roll') || null,
      employment,
      phase: phase as ExperiencePhase | null,
    }),
  );
  const exportQuery = new URLSearchParams({
    enhet: data.unit.code,
    omgang: data.round?.code ?? '',
    omrade: data.filters.area ?? '',
    roll: data.filters.role ?? '',
    anstallning: employment ?? '',
    fas: phase ?? '',
  }).toString();
  const caption = `Krav att utbilda i först, ${data.unit.name}${data.round ? `, ${data.round.name}` : ''}`;
  return (
    <>
      <h1>Prioriteringar</h1>
      <p>
        Kraven står i den ordning de bör utbildas. Prioriteten är summan av hur långt under kravnivån varje person ligger,
        gånger hur viktigt kravet är för rollen (1–3). Uppskattade timmar är antalet personer under kravet gånger den
        kortaste kursen som leder till kravet.
      </p>
      <PriorityFilters
        values={{
          enhet: data.unit.code,
          omgang: data.round?.code ?? '',
          omrade: data.filters.area ?? '',
          roll: data.filters.role ?? '',
          anstallning: employment ?? '',
          fas: phase ?? '',
        }}
        units={units.map((u) => ({ value: u.code, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }))}
        rounds={data.rounds.map((r) => ({ value: r.code, label: r.name }))}
        areas={data.filters.areas.map((a) => ({ value: a, label: a }))}
        roles={data.filters.roles.map((r) => ({ value: r.code, label: r.name }))}
        employments={data.filters.employments.map((e) => ({ value: e, label: EMPLOYMENT_LABEL[e as EmploymentType] ?? e }))}
        phases={data.filters.phases.map((p) => ({ value: p.code, label: p.label }))}
      />
      {data.rows.length === 0 ? (
        <p>Det finns inga svar att räkna på för det här urvalet.</p>
      ) : (
        <>
          {data.kRule && <KRuleNotice k={data.kRule.k} />}
          <PriorityTable rows={data.rows} caption={caption} />
          <p>
            Ladda ner tabellen med samma urval:{' '}
            <a href={`/prioriteringar/export?${exportQuery}&format=csv`} download>
              CSV för Excel
            </a>{' '}
            ·{' '}
            <a href={`/prioriteringar/export?${exportQuery}&format=xlsx`} download>
              Excel-fil (XLSX)
            </a>
          </p>
        </>
      )}
    </>
  );
}
