import { MissingValue } from '@/components/missing-value';
import { formatDate } from '@/lib/format/date';
import { formatDateTime } from '@/lib/format/date-time';
import { countLabel, employmentLabel, genderLabel } from '@/lib/format/personal-data';

export interface StoredDataSummaryData {
  person: {
    employeeId: string;
    name: string;
    email: string | null;
    unitName: string;
    roleName: string;
    employment: string | null;
    startDate: string | null;
    endDate: string | null;
    gender: string | null;
    pseudonymisedAt: string | null;
  };
  userAccounts: ReadonlyArray<{ email: string; name: string; disabled: boolean; roles: readonly string[] }>;
  counts: {
    assessments: number;
    assessmentRounds: readonly string[];
    effectAnswers: number;
    surveySubmissions: number;
    invitations: number;
    invitationLinks: number;
    enrolments: number;
    projects: number;
    introductionSteps: number;
    auditEvents: number;
  };
  retention: { months: number | null; dueFrom: string | null };
}

function Value({ children }: { children: string | null }) {
  return <dd>{children ?? <MissingValue />}</dd>;
}

/** What is stored about one person: the person record, the account, and how many rows of each kind (never the answers). */
export function StoredDataSummary({ data }: { data: StoredDataSummaryData }) {
  const { person, counts } = data;
  const rows: Array<[string, string]> = [
    ['Svar på kompetenskraven', `${countLabel(counts.assessments, 'svar', 'svar')}${counts.assessmentRounds.length ? ` (${counts.assessmentRounds.join(', ')})` : ''}`],
    ['Svar på effektfrågorna', `${countLabel(counts.effectAnswers, 'svar', 'svar')}. Värdena står bara i registerutdraget.`],
    ['Inskickade kartläggningar', countLabel(counts.surveySubmissions, 'gång', 'gånger')],
    ['Inbjudningar till omgångar', countLabel(counts.invitations, 'inbjudan', 'inbjudningar')],
    ['Personliga länkar', countLabel(counts.invitationLinks, 'länk', 'länkar')],
    ['Utbildningar', countLabel(counts.enrolments, 'utbildning', 'utbildningar')],
    ['Projekt', countLabel(counts.projects, 'projekt', 'projekt')],
    ['Steg i introduktionen', countLabel(counts.introductionSteps, 'steg', 'steg')],
    ['Händelser i loggen', countLabel(counts.auditEvents, 'händelse', 'händelser')],
  ];
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Namn</dt>
          <Value>{person.name}</Value>
        </div>
        <div>
          <dt>Anställningsnummer</dt>
          <Value>{person.employeeId}</Value>
        </div>
        <div>
          <dt>E-post</dt>
          <Value>{person.email}</Value>
        </div>
        <div>
          <dt>Enhet</dt>
          <Value>{person.unitName}</Value>
        </div>
        <div>
          <dt>Yrkesroll</dt>
          <Value>{person.roleName}</Value>
        </div>
        <div>
          <dt>Anställning</dt>
          <Value>{employmentLabel(person.employment)}</Value>
        </div>
        <div>
          <dt>Började</dt>
          <Value>{person.startDate ? formatDate(person.startDate) : null}</Value>
        </div>
        <div>
          <dt>Slutade</dt>
          <Value>{person.endDate ? formatDate(person.endDate) : null}</Value>
        </div>
        <div>
          <dt>Kön</dt>
          <Value>{genderLabel(person.gender)}</Value>
        </div>
        {person.pseudonymisedAt && (
          <div>
            <dt>Personuppgifterna togs bort</dt>
            <Value>{formatDateTime(person.pseudonymisedAt)}</Value>
          </div>
        )}
      </dl>

      <h3>Användarkonto</h3>
      {data.userAccounts.length === 0 ? (
        <p>Personen har inget användarkonto.</p>
      ) : (
        <ul>
          {data.userAccounts.map((u) => (
            <li key={u.email}>
              {u.name}, {u.email}
              {u.disabled ? ' (avstängt)' : ''}. Roller: {u.roles.length ? u.roles.join(', ') : 'inga'}.
            </li>
          ))}
        </ul>
      )}

      <div className="table-scroll" role="region" aria-labelledby="sparat-tabell" tabIndex={0}>
        <table className="data-table">
          <caption id="sparat-tabell">Det här finns sparat om personen</caption>
          <thead>
            <tr>
              <th scope="col">Uppgifter</th>
              <th scope="col">Antal</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {data.retention.months === null
          ? 'Ingen lagringstid är inställd, så uppgifterna tas inte bort automatiskt.'
          : data.retention.dueFrom
            ? `Uppgifterna tas bort automatiskt från ${formatDate(data.retention.dueFrom)}, ${data.retention.months} månader efter att anställningen slutade.`
            : `Uppgifterna tas bort automatiskt ${data.retention.months} månader efter att anställningen slutar.`}
      </p>
    </>
  );
}
