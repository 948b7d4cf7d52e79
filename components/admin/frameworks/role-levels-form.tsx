'use client';

import type { Done, FormAction } from '@/components/forms/action-state';
import { FormResult } from '@/components/forms/form-result';
import { useActionForm } from '@/components/forms/use-action-form';
import { SCALE } from '@/lib/domain/scale';
import './frameworks.css';

export interface RoleLevelRow {
  code: string;
  name: string;
  area: string | null;
  requiredLevel: number | null;
  weight: number | null;
}

const LEVEL_OPTIONS = [
  { value: 'none', label: 'Krävs inte' },
  ...SCALE.filter((s) => s.level >= 1).map((s) => ({ value: String(s.level), label: `${s.level} ${s.name}` })),
];

const WEIGHT_OPTIONS = [
  { value: '1', label: '1 Bra att ha' },
  { value: '2', label: '2 Viktigt' },
  { value: '3', label: '3 Avgörande för säkerheten' },
];

/**
 * One role's required level and weight on every requirement of a framework, as one form. Before
 * the button it says what a change does to the figures; taking a requirement away from the role
 * needs the box ticked.
 */
export function RoleLevelsForm({
  action,
  frameworkId,
  role,
  rows,
}: {
  action: FormAction<Done>;
  frameworkId: number;
  role: { code: string; name: string };
  rows: readonly RoleLevelRow[];
}) {
  const { state, formAction, pending, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} key={key} noValidate>
        <input type="hidden" name="framework" value={frameworkId} />
        <input type="hidden" name="role" value={role.code} />
        <div className="table-scroll">
          <table className="data-table data-table--wide edit-table">
            <caption>Kravnivåer och vikter för {role.name}</caption>
            <thead>
              <tr>
                <th scope="col">Krav</th>
                <th scope="col">Kravområde</th>
                <th scope="col">Kravnivå</th>
                <th scope="col">Vikt</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.code}>
                  <th scope="row">
                    {r.name}
                    <span className="cell-note">{r.code}</span>
                    <input type="hidden" name={`requirement.${i}`} value={r.code} />
                  </th>
                  <td>{r.area ?? '–'}</td>
                  <td>
                    <label className="visually-hidden" htmlFor={`niva-${i}`}>
                      Kravnivå för {r.name}
                    </label>
                    <select id={`niva-${i}`} name={`level.${i}`} defaultValue={values[`level.${i}`] ?? (r.requiredLevel === null ? 'none' : String(r.requiredLevel))}>
                      {LEVEL_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`vikt-${i}`}>
                      Vikt för {r.name}
                    </label>
                    <select id={`vikt-${i}`} name={`weight.${i}`} defaultValue={values[`weight.${i}`] ?? String(r.weight ?? 1)}>
                      {WEIGHT_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="notice stack" id="niva-effekt">
          <p>
            <strong>Ändringen gäller alla omgångar, även avslutade.</strong> Kompetensgapen räknas alltid från de kravnivåer som gäller nu.
            Om du höjer eller sänker en kravnivå ändras gapen och prioriteringarna för {role.name} i alla kartläggningsomgångar.
            Medarbetarnas svar ändras inte. Vikten påverkar bara i vilken ordning kraven prioriteras.
          </p>
          <p>Alla ändringar sparas i historiken längre ner, med vem som ändrade och vad det var innan.</p>
        </div>
        <div className="check-field">
          <input id="niva-ta-bort" name="confirmRemoval" type="checkbox" defaultChecked={values.confirmRemoval === 'on'} aria-describedby="niva-ta-bort-hint" />
          <label htmlFor="niva-ta-bort">Ja, ta bort krav som jag har satt till ”Krävs inte” från rollen</label>
        </div>
        <p id="niva-ta-bort-hint" className="field__hint">
          Behövs bara när du tar bort ett krav från rollen. Då får medarbetarna inga frågor om kravet, och det försvinner ur rollens gap i
          alla omgångar. Svaren finns kvar, så du kan lägga tillbaka kravet.
        </p>
        <p>
          <button type="submit" className="button" disabled={pending} aria-describedby="niva-effekt">
            Spara kravnivåerna för {role.name}
          </button>
        </p>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
