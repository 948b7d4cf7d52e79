import { formatDate } from '@/lib/format/date';
import { formatCount } from '@/lib/format/number';
import './rounds.css';

export interface ReminderPerson {
  name: string;
  unitName: string;
}

/**
 * Who has not answered yet: names (and unit, where the list spans several) only, never an answer
 * or a level.
 */
export function ReminderList({
  people,
  population,
  roundName,
  closesOn,
  unitName,
}: {
  people: readonly ReminderPerson[];
  population: number;
  roundName: string;
  closesOn: string;
  unitName: string;
}) {
  const severalUnits = new Set(people.map((p) => p.unitName)).size > 1 || people.some((p) => p.unitName !== unitName);
  return (
    <section aria-labelledby="paminnelse-rubrik">
      <h2 id="paminnelse-rubrik">
        {people.length === 0 ? 'Alla har svarat' : `${formatCount(people.length)} av ${formatCount(population)} har inte svarat än`}
      </h2>
      <p>
        {roundName} är öppen till och med {formatDate(closesOn)}.
        {people.length > 0 && ' Påminn dem gärna. Listan visar bara vem som inte har svarat, aldrig vad någon har svarat.'}
      </p>
      {people.length > 0 && (
        <ul className="reminder-list" aria-label="Har inte svarat">
          {people.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              {p.name}
              {severalUnits && <span className="muted"> ({p.unitName})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
