import type { FormAction } from '@/components/forms/action-state';
import { NOT_KNOWN_LABEL } from '@/lib/domain/scale';
import { formatAgreement, formatLevel } from '@/lib/format/level';
import { formatCount } from '@/lib/format/number';
import { MissingValue } from './missing-value';
import { GapCourses, type GapCoursesData } from './profile/gap-courses';
import { LevelChartFigure } from './profile/level-chart-figure';
import { ValidateLevels } from './profile/validate-levels';
import type { ValidatedLevel } from './profile/validate-level-form';
import { ValidatedBadge } from './profile/validated-badge';

export interface PersonProfileData {
  person: { employeeId: string; name: string; unitName: string; roleName: string };
  round: { code: string; name: string } | null;
  rounds: ReadonlyArray<{ code: string; name: string }>;
  placement: { roleName: string; unitName: string } | null;
  requirements: ReadonlyArray<{
    requirement: string;
    name: string;
    area: string | null;
    requiredLevel: number;
    level: number | null;
    answered: boolean;
    source: 'self' | 'validated' | null;
    gap: number | null;
    meets: boolean | null;
  }>;
  effectAnswers: ReadonlyArray<{ question: string; text: string; value: number }> | null;
  /** The largest gaps (at most three) with the courses that would close them. */
  courses: readonly GapCoursesData[];
  /** The viewer may confirm or adjust the person's levels in this round. */
  canValidate: boolean;
  /** The viewer could confirm levels, but not in this round: it is closed or not open yet. */
  validationNeedsOpenRound: boolean;
}

/**
 * One person's requirements and levels in a round, as a chart and a table, with courses for
 * the largest gaps. `own` is true when the viewer is the person: the text then speaks to "du".
 * Effect answers appear only when the data layer sent them, which it does to the person
 * themself and nobody else. The confirmation forms appear when the data layer allows them and
 * the page passes the action.
 */
export function PersonProfileView({
  profile,
  own,
  showRegisterExtractLink = false,
  validateAction,
}: {
  profile: PersonProfileData;
  own: boolean;
  showRegisterExtractLink?: boolean;
  validateAction?: FormAction<ValidatedLevel>;
}) {
  const { person, round, placement } = profile;
  const unitName = placement?.unitName ?? person.unitName;
  const roleName = placement?.roleName ?? person.roleName;
  return (
    <>
      <h1>{own ? `Min profil: ${person.name}` : person.name}</h1>
      <dl className="facts">
        <div>
          <dt>Enhet</dt>
          <dd>{unitName}</dd>
        </div>
        <div>
          <dt>Yrkesroll</dt>
          <dd>{roleName}</dd>
        </div>
        <div>
          <dt>Anställningsnummer</dt>
          <dd>{person.employeeId}</dd>
        </div>
        <div>
          <dt>Omgång</dt>
          <dd>{round ? round.name : <MissingValue />}</dd>
        </div>
      </dl>
      {placement && (placement.unitName !== person.unitName || placement.roleName !== person.roleName) && (
        <p className="muted">
          I den här omgången räknas {own ? 'du' : 'personen'} till {placement.unitName} med yrkesrollen {placement.roleName}.
          Nu har {own ? 'du' : 'personen'} yrkesrollen {person.roleName} på {person.unitName}.
        </p>
      )}
      {profile.rounds.length > 1 && round && <RoundPicker rounds={profile.rounds} current={round.code} />}
      {!round ? (
        <div className="notice">
          <p>Det finns ingen kartläggningsomgång ännu.</p>
        </div>
      ) : (
        <>
          <RequirementsSection profile={profile} own={own} roleName={roleName} roundName={round.name} />
          {profile.canValidate && validateAction && profile.requirements.length > 0 && (
            <ValidateLevels
              rows={profile.requirements}
              action={validateAction}
              employeeId={person.employeeId}
              round={round.code}
              roundName={round.name}
            />
          )}
          {profile.validationNeedsOpenRound && profile.requirements.length > 0 && (
            <p className="notice">Nivåer kan bara bekräftas eller ändras medan omgången är öppen. {round.name} är inte öppen.</p>
          )}
          {profile.requirements.length > 0 && (
            <GapCourses groups={profile.courses} own={own} assessed={profile.requirements.filter((r) => r.meets !== null).length} />
          )}
          {profile.effectAnswers !== null && <EffectAnswers answers={profile.effectAnswers} />}
        </>
      )}
      {showRegisterExtractLink && <OwnPersonalData employeeId={person.employeeId} />}
    </>
  );
}

/** GDPR art. 15: the person reaches everything stored about them from their own profile. */
function OwnPersonalData({ employeeId }: { employeeId: string }) {
  return (
    <section aria-labelledby="dina-uppgifter">
      <h2 id="dina-uppgifter">Dina personuppgifter</h2>
      <p>
        Du har rätt att se allt som är sparat om dig: dina svar, ditt konto och vem som har öppnat dina uppgifter.{' '}
        <a href={`/personer/${encodeURIComponent(employeeId)}/registerutdrag`}>Se allt som är sparat om dig (registerutdrag)</a>
      </p>
    </section>
  );
}

/** A plain GET form: works without JavaScript and keeps the chosen round in the address. */
function RoundPicker({ rounds, current }: { rounds: PersonProfileData['rounds']; current: string }) {
  return (
    <form method="get" className="inline-form" aria-label="Välj omgång">
      <div className="field">
        <label htmlFor="omgang">Visa omgång</label>
        <select id="omgang" name="omgang" defaultValue={current}>
          {rounds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Visa
      </button>
    </form>
  );
}

function RequirementsSection({ profile, own, roleName, roundName }: { profile: PersonProfileData; own: boolean; roleName: string; roundName: string }) {
  const reqs = profile.requirements;
  const met = reqs.filter((r) => r.meets === true).length;
  const assessed = reqs.filter((r) => r.meets !== null).length;
  return (
    <section aria-labelledby="krav-rubrik">
      <h2 id="krav-rubrik">Krav för yrkesrollen</h2>
      {reqs.length === 0 ? (
        <p>Yrkesrollen {roleName} har inga krav i Kompetenskartan ännu.</p>
      ) : (
        <>
          <p>
            {own ? 'Du' : 'Personen'} når {formatCount(met)} av {formatCount(reqs.length)} krav.
            {assessed < reqs.length && ` ${formatCount(reqs.length - assessed)} krav är inte bedömda.`}
          </p>
          <LevelChartFigure
            rows={reqs.map((r) => ({
              requirement: r.requirement,
              name: r.name,
              requiredLevel: r.requiredLevel,
              level: r.level,
              validated: r.source === 'validated',
            }))}
            own={own}
            roundName={roundName}
          />
          {/* A table on wider screens, one card per requirement on a phone; only one is ever displayed. */}
          <div className="table-scroll only-wide" role="region" aria-labelledby="krav-tabell" tabIndex={0}>
            <table className="data-table">
              <caption id="krav-tabell">
                Kraven för yrkesrollen {roleName} och {own ? 'din' : 'personens'} nivå, {roundName}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Krav</th>
                  <th scope="col">Område</th>
                  <th scope="col">Kravnivå</th>
                  <th scope="col">{own ? 'Din nivå' : 'Personens nivå'}</th>
                  <th scope="col">Gap</th>
                  <th scope="col">Resultat</th>
                </tr>
              </thead>
              <tbody>
                {reqs.map((r) => (
                  <tr key={r.requirement}>
                    <th scope="row">{r.name}</th>
                    <td>{r.area ?? <MissingValue />}</td>
                    <td>{formatLevel(r.requiredLevel)}</td>
                    <td>
                      <LevelCell level={r.level} answered={r.answered} source={r.source} />
                    </td>
                    <td className="nowrap">{r.gap === null ? <MissingValue /> : `${formatCount(r.gap)} steg`}</td>
                    <td>
                      <Outcome meets={r.meets} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ul className="requirement-cards only-narrow" aria-label={`Kraven för yrkesrollen ${roleName}, ${roundName}`}>
            {reqs.map((r) => (
              <li key={r.requirement} className="requirement-card">
                <h3>{r.name}</h3>
                <dl>
                  <div>
                    <dt>Område</dt>
                    <dd>{r.area ?? <MissingValue />}</dd>
                  </div>
                  <div>
                    <dt>Kravnivå</dt>
                    <dd>{formatLevel(r.requiredLevel)}</dd>
                  </div>
                  <div>
                    <dt>{own ? 'Din nivå' : 'Personens nivå'}</dt>
                    <dd>
                      <LevelCell level={r.level} answered={r.answered} source={r.source} />
                    </dd>
                  </div>
                  <div>
                    <dt>Gap</dt>
                    <dd>{r.gap === null ? <MissingValue /> : `${formatCount(r.gap)} steg`}</dd>
                  </div>
                </dl>
                <p className="requirement-card__outcome">
                  <Outcome meets={r.meets} />
                </p>
              </li>
            ))}
          </ul>
          <p className="muted">
            Gap är hur många steg nivån ligger under kravnivån. Skalan: 0 Inte ännu, 1 Fakta, 2 Förståelse, 3 Färdighet, 4
            Förtrogenhet.
          </p>
        </>
      )}
    </section>
  );
}

function LevelCell({ level, answered, source }: { level: number | null; answered: boolean; source: 'self' | 'validated' | null }) {
  if (!answered) return <>Inget svar</>;
  if (level === null) return <>{NOT_KNOWN_LABEL}</>;
  return (
    <>
      {formatLevel(level)}
      {source === 'validated' && (
        <>
          {' '}
          <ValidatedBadge />
        </>
      )}
    </>
  );
}

function Outcome({ meets }: { meets: boolean | null }) {
  if (meets === null) return <span className="outcome outcome--none">Inte bedömd</span>;
  return meets ? (
    <span className="outcome outcome--met">
      <span aria-hidden="true">✓ </span>Når kravet
    </span>
  ) : (
    <span className="outcome outcome--below">
      <span aria-hidden="true">↓ </span>Under kravet
    </span>
  );
}

function EffectAnswers({ answers }: { answers: NonNullable<PersonProfileData['effectAnswers']> }) {
  return (
    <section aria-labelledby="effekt-rubrik">
      <h2 id="effekt-rubrik">Dina svar på effektfrågorna</h2>
      <p>
        Bara du kan se dina egna svar. Chefer, HR och styrgruppen ser bara sammanställningar där ingen enskild persons svar går
        att urskilja.
      </p>
      {answers.length === 0 ? (
        <p>Du har inte svarat på effektfrågorna i den här omgången.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="effekt-tabell" tabIndex={0}>
          <table className="data-table">
            <caption id="effekt-tabell">Dina svar, från 1 (Stämmer inte alls) till 5 (Stämmer helt)</caption>
            <thead>
              <tr>
                <th scope="col">Påstående</th>
                <th scope="col">Ditt svar</th>
              </tr>
            </thead>
            <tbody>
              {answers.map((a) => (
                <tr key={a.question}>
                  <th scope="row">{a.text}</th>
                  <td>{formatAgreement(a.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
