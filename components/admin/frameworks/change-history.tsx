import { formatDateTime } from '@/lib/format/date-time';
import './frameworks.css';

/** One row of a framework's history, as lib/data gives it (mirrored here: components only render). */
export interface ChangeRow {
  id: number;
  at: string;
  actor: string;
  entity: 'requirement' | 'role_requirement' | 'translation' | 'framework';
  framework: string | null;
  requirement: string | null;
  role: { code: string; name: string } | null;
  language: string | null;
  field: string | null;
  changes: Array<{ field: string; from: string | number | null; to: string | number | null }>;
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Namn',
  area: 'Kravområde',
  description: 'Beskrivning',
  requiredLevel: 'Kravnivå',
  weight: 'Vikt',
  copiedFrom: 'Kopia av',
  prefix: 'Prefix för koderna',
  requirements: 'Antal krav',
  roleRequirements: 'Antal kravnivåer',
  translations: 'Antal översättningar',
};

const TRANSLATED_FIELD: Record<string, string> = { name: 'namn', description: 'beskrivning' };

function what(c: ChangeRow, languageLabel: (code: string) => string): string {
  switch (c.entity) {
    case 'framework':
      return `Nytt ramverk: ${c.framework ?? ''}`;
    case 'role_requirement':
      return `${c.role?.name ?? ''} – ${c.requirement ?? ''}`;
    case 'translation':
      return `${c.requirement ?? ''}: ${TRANSLATED_FIELD[c.field ?? ''] ?? c.field ?? ''} på ${languageLabel(c.language ?? '')}`;
    case 'requirement':
      return `Kravet ${c.requirement ?? ''}`;
  }
}

function shown(v: string | number | null): string {
  if (v === null || v === '') return 'inget';
  const text = String(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The history, newest first: when, who, what, and each value from → to. An empty history says so.
 * Texts can be long: a change shows the first 80 characters of each.
 */
export function ChangeHistory({
  changes,
  caption,
  languages,
}: {
  changes: readonly ChangeRow[];
  caption: string;
  languages: ReadonlyArray<{ code: string; label: string }>;
}) {
  if (changes.length === 0) {
    return (
      <div className="notice">
        <p>Inget har ändrats här ännu. När någon ändrar ett krav, en kravnivå eller en översättning visas det här.</p>
      </div>
    );
  }
  const languageLabel = (code: string) => languages.find((l) => l.code === code)?.label ?? code;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--wide">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">När</th>
            <th scope="col">Vem</th>
            <th scope="col">Vad</th>
            <th scope="col">Ändring</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <td className="nowrap">{formatDateTime(c.at)}</td>
              <td>{c.actor}</td>
              <th scope="row">{what(c, languageLabel)}</th>
              <td>
                {c.entity === 'framework' ? (
                  <p>
                    Kopia av {shown(c.changes.find((x) => x.field === 'copiedFrom')?.to ?? null)} med{' '}
                    {shown(c.changes.find((x) => x.field === 'requirements')?.to ?? 0)} krav,{' '}
                    {shown(c.changes.find((x) => x.field === 'roleRequirements')?.to ?? 0)} kravnivåer och{' '}
                    {shown(c.changes.find((x) => x.field === 'translations')?.to ?? 0)} översättningar
                  </p>
                ) : (
                  <ul className="change-list__values">
                    {c.changes.map((x) => (
                      <li key={x.field}>
                        {c.entity === 'translation' ? 'Text' : (FIELD_LABELS[x.field] ?? x.field)}: {shown(x.from)} <span aria-hidden="true">→</span>
                        <span className="visually-hidden"> ändrades till</span> {shown(x.to)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
