export interface Choice {
  value: string;
  label: string;
}

export interface PriorityFilterValues {
  enhet: string;
  omgang: string;
  omrade: string;
  roll: string;
  anstallning: string;
  fas: string;
}

/** A GET form: the filters land in the URL, so a view can be shared and bookmarked. */
export function PriorityFilters({
  values,
  units,
  rounds,
  areas,
  roles,
  employments,
  phases,
}: {
  values: PriorityFilterValues;
  units: readonly Choice[];
  rounds: readonly Choice[];
  areas: readonly Choice[];
  roles: readonly Choice[];
  employments: readonly Choice[];
  phases: readonly Choice[];
}) {
  const select = (name: keyof PriorityFilterValues, label: string, choices: readonly Choice[], all?: string) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name]} autoComplete="off">
        {all !== undefined && <option value="">{all}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    // autoComplete off: after "back", the browser must not restore a choice the page does not show.
    <form method="get" className="filters" aria-label="Filter" autoComplete="off">
      {select('enhet', 'Enhet', units)}
      {select('omgang', 'Omgång', rounds)}
      {select('omrade', 'Kravområde', areas, 'Alla områden')}
      {select('roll', 'Yrkesroll', roles, 'Alla roller')}
      {select('anstallning', 'Anställning', employments, 'Alla anställningar')}
      {select('fas', 'Erfarenhet', phases, 'All erfarenhet')}
      <button type="submit">Visa</button>
    </form>
  );
}
