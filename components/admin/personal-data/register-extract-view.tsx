import type { ReactNode } from 'react';
import { MissingValue } from '@/components/missing-value';
import { USER_ROLES, type UserRole } from '@/lib/domain/enums';
import { NOT_KNOWN_LABEL } from '@/lib/domain/scale';
import { auditDetailPairs } from '@/lib/format/audit-details';
import { formatDate } from '@/lib/format/date';
import { formatDateTime } from '@/lib/format/date-time';
import { formatAgreement, formatLevel } from '@/lib/format/level';
import { assessmentSourceLabel, employmentLabel, genderLabel } from '@/lib/format/personal-data';
import { userRoleLabel } from '@/lib/format/user-role';
import './register-extract.css';

type Round = { round: string; roundName: string };

/** The register extract as lib/data/register-extract.ts returns it (mirrored: components do not import lib/data). */
export interface RegisterExtractData {
  createdAt: string;
  organisation: string | null;
  person: {
    employeeId: string;
    name: string;
    email: string | null;
    unit: { code: string; name: string };
    role: { code: string; name: string };
    employment: string | null;
    startDate: string | null;
    endDate: string | null;
    gender: string | null;
    pseudonymisedAt: string | null;
  };
  retention: { months: number | null; dueFrom: string | null };
  userAccounts: ReadonlyArray<{ email: string; name: string; disabled: boolean; createdAt: string; roles: ReadonlyArray<{ role: string; unit: string | null; project: string | null }> }>;
  assessments: ReadonlyArray<Round & { requirement: string; requirementName: string; level: number | null; notUnderstood: boolean; source: string; assessedOn: string | null; unit: string; role: string }>;
  effectAnswers: ReadonlyArray<Round & { question: string; questionText: string; value: number; unit: string }>;
  surveySubmissions: ReadonlyArray<Round & { submittedAt: string }>;
  invitations: ReadonlyArray<Round>;
  invitationLinks: ReadonlyArray<Round & { id: number; createdAt: string; expiresAt: string; revokedAt: string | null }>;
  enrolments: ReadonlyArray<{ course: string; courseName: string; format: string; enrolledOn: string | null; completedOn: string | null }>;
  projects: ReadonlyArray<{ project: string; projectName: string; joinedOn: string | null }>;
  introduction: ReadonlyArray<{ item: string; itemName: string; completedOn: string | null }>;
  auditEvents: ReadonlyArray<{ at: string; actor: string; action: string; aboutYou: boolean; details: Record<string, string | number | boolean | null> | null }>;
}

const day = (iso: string | null) => (iso ? formatDate(iso) : <MissingValue />);
/** A day in a table column: short and on one line. */
const cellDay = (iso: string | null) => (iso ? <span className="nowrap">{iso}</span> : <MissingValue />);
const oneLine = (text: string) => <span className="nowrap">{text}</span>;

function roleText(r: { role: string; unit: string | null; project: string | null }): string {
  const label = (USER_ROLES as readonly string[]).includes(r.role) ? userRoleLabel(r.role as UserRole) : r.role;
  const scope = r.unit ?? r.project;
  return scope ? `${label} (${scope})` : label;
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {count === 0 ? <p>Inget sparat.</p> : children}
    </section>
  );
}

function Table({ id, caption, headers, rows }: { id: string; caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Everything stored about one person, readable: the page of the register extract and the PDF
 * printed from it. `printVariant` leaves out what means nothing on paper.
 */
export function RegisterExtractView({ extract, printVariant, downloads }: { extract: RegisterExtractData; printVariant: boolean; downloads?: ReactNode }) {
  const { person } = extract;
  return (
    <div data-register-extract data-print-variant={printVariant ? '' : undefined}>
      <h1>{`Registerutdrag: ${person.name}`}</h1>
      <p>
        Det här är allt som Kompetenskartan{extract.organisation ? ` hos ${extract.organisation}` : ''} har sparat om{' '}
        {person.name}, den {formatDateTime(extract.createdAt)}. Utdraget är ett svar på rätten att få veta vilka
        personuppgifter som behandlas (artikel 15 i dataskyddsförordningen).
      </p>
      {!printVariant && downloads && <div data-print="hide">{downloads}</div>}

      <section aria-labelledby="utdrag-person">
        <h2 id="utdrag-person">Uppgifter om anställningen</h2>
        <dl className="facts">
          <div>
            <dt>Namn</dt>
            <dd>{person.name}</dd>
          </div>
          <div>
            <dt>Anställningsnummer</dt>
            <dd>{person.employeeId}</dd>
          </div>
          <div>
            <dt>E-post</dt>
            <dd>{person.email ?? <MissingValue />}</dd>
          </div>
          <div>
            <dt>Enhet</dt>
            <dd>
              {person.unit.name} ({person.unit.code})
            </dd>
          </div>
          <div>
            <dt>Yrkesroll</dt>
            <dd>
              {person.role.name} ({person.role.code})
            </dd>
          </div>
          <div>
            <dt>Anställning</dt>
            <dd>{employmentLabel(person.employment) ?? <MissingValue />}</dd>
          </div>
          <div>
            <dt>Började</dt>
            <dd>{day(person.startDate)}</dd>
          </div>
          <div>
            <dt>Slutade</dt>
            <dd>{day(person.endDate)}</dd>
          </div>
          <div>
            <dt>Kön</dt>
            <dd>{genderLabel(person.gender) ?? <MissingValue />}</dd>
          </div>
          {person.pseudonymisedAt && (
            <div>
              <dt>Personuppgifterna togs bort</dt>
              <dd>{formatDateTime(person.pseudonymisedAt)}</dd>
            </div>
          )}
        </dl>
        <p>
          {extract.retention.months === null
            ? 'Ingen lagringstid är inställd: uppgifterna tas inte bort automatiskt.'
            : extract.retention.dueFrom
              ? `Uppgifterna tas bort automatiskt från ${formatDate(extract.retention.dueFrom)}, ${extract.retention.months} månader efter att anställningen slutade.`
              : `Uppgifterna tas bort automatiskt ${extract.retention.months} månader efter att anställningen slutar.`}
        </p>
      </section>

      <Section id="utdrag-konto" title="Användarkonto" count={extract.userAccounts.length}>
        <Table
          id="utdrag-konto-tabell"
          caption="Konton som loggar in som personen"
          headers={['E-post', 'Namn', 'Roller', 'Skapat', 'Avstängt']}
          rows={extract.userAccounts.map((u) => [
            u.email,
            u.name,
            u.roles.map(roleText).join(', ') || 'Inga',
            formatDateTime(u.createdAt),
            u.disabled ? 'Ja' : 'Nej',
          ])}
        />
      </Section>

      <Section id="utdrag-svar" title="Svar på kompetenskraven" count={extract.assessments.length}>
        <Table
          id="utdrag-svar-tabell"
          caption="Varje sparat svar, per omgång och krav"
          headers={['Omgång', 'Krav', 'Nivå', 'Vem', 'Datum', 'Enhet', 'Yrkesroll']}
          rows={extract.assessments.map((a) => [
            a.roundName,
            `${a.requirementName} (${a.requirement})`,
            a.level !== null ? formatLevel(a.level) : a.notUnderstood ? 'Förstår inte frågan' : NOT_KNOWN_LABEL,
            assessmentSourceLabel(a.source),
            cellDay(a.assessedOn),
            oneLine(a.unit),
            oneLine(a.role),
          ])}
        />
      </Section>

      <Section id="utdrag-effekt" title="Svar på effektfrågorna" count={extract.effectAnswers.length}>
        <p>De här svaren ser annars bara personen själv. Chefer, HR och styrgrupper ser dem bara sammanräknade.</p>
        <Table
          id="utdrag-effekt-tabell"
          caption="Svar på effektfrågorna, per omgång"
          headers={['Omgång', 'Fråga', 'Svar', 'Enhet']}
          rows={extract.effectAnswers.map((e) => [e.roundName, e.questionText, formatAgreement(e.value), oneLine(e.unit)])}
        />
      </Section>

      <Section id="utdrag-inskickat" title="Inskickade kartläggningar" count={extract.surveySubmissions.length}>
        <Table
          id="utdrag-inskickat-tabell"
          caption="När kartläggningen skickades in"
          headers={['Omgång', 'Skickad']}
          rows={extract.surveySubmissions.map((s) => [s.roundName, oneLine(formatDateTime(s.submittedAt))])}
        />
      </Section>

      <Section id="utdrag-inbjudningar" title="Inbjudningar till omgångar" count={extract.invitations.length}>
        <ul>
          {extract.invitations.map((i) => (
            <li key={i.round}>
              {i.roundName} ({i.round})
            </li>
          ))}
        </ul>
      </Section>

      <Section id="utdrag-lankar" title="Personliga länkar" count={extract.invitationLinks.length}>
        <Table
          id="utdrag-lankar-tabell"
          caption="Personliga länkar till kartläggningen (själva länken sparas inte)"
          headers={['Nummer', 'Omgång', 'Skapad', 'Gäller till', 'Spärrad']}
          rows={extract.invitationLinks.map((l) => [
            String(l.id),
            l.roundName,
            formatDateTime(l.createdAt),
            formatDateTime(l.expiresAt),
            l.revokedAt ? formatDateTime(l.revokedAt) : 'Nej',
          ])}
        />
      </Section>

      <Section id="utdrag-utbildningar" title="Utbildningar" count={extract.enrolments.length}>
        <Table
          id="utdrag-utbildningar-tabell"
          caption="Anmälda och genomförda utbildningar"
          headers={['Utbildning', 'Anmäld', 'Klar']}
          rows={extract.enrolments.map((e) => [`${e.courseName} (${e.course})`, cellDay(e.enrolledOn), cellDay(e.completedOn)])}
        />
      </Section>

      <Section id="utdrag-projekt" title="Projekt" count={extract.projects.length}>
        <Table
          id="utdrag-projekt-tabell"
          caption="Projekt som personen deltar i"
          headers={['Projekt', 'Gick med']}
          rows={extract.projects.map((p) => [`${p.projectName} (${p.project})`, cellDay(p.joinedOn)])}
        />
      </Section>

      <Section id="utdrag-intro" title="Introduktionen" count={extract.introduction.length}>
        <Table
          id="utdrag-intro-tabell"
          caption="Genomförda steg i introduktionen"
          headers={['Steg', 'Klart']}
          rows={extract.introduction.map((i) => [`${i.itemName} (${i.item})`, cellDay(i.completedOn)])}
        />
      </Section>

      <Section id="utdrag-logg" title="Händelser i loggen" count={extract.auditEvents.length}>
        <p>
          Loggen visar vem som har öppnat personens svar, ändrat kontot eller tagit fram utdrag. För det personen själv har
          gjort visas bara när och vad, eftersom detaljerna handlar om andra.
        </p>
        <Table
          id="utdrag-logg-tabell"
          caption="Händelser om personen och av personen, äldst först"
          headers={['Tid', 'Vem', 'Vad', 'Detaljer']}
          rows={extract.auditEvents.map((e) => {
            const details = e.details ? auditDetailPairs(e.details) : [];
            return [
              oneLine(formatDateTime(e.at)),
              e.aboutYou ? e.actor : 'Personen själv',
              e.action,
              details.length ? details.map((d) => `${d.key}: ${d.value}`).join(', ') : <MissingValue />,
            ];
          })}
        />
      </Section>
    </div>
  );
}
