import { FieldError } from '@/components/forms/field-error';
import './rounds.css';

export interface UnitChoice {
  code: string;
  name: string;
  depth: number;
}

interface Node extends UnitChoice {
  children: Node[];
}

function nest(units: readonly UnitChoice[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const u of units) {
    const node: Node = { ...u, children: [] };
    while (stack.length > u.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

function Branch({ nodes, chosen }: { nodes: readonly Node[]; chosen: ReadonlySet<string> }) {
  return (
    <ul className="unit-checkboxes__list">
      {nodes.map((n) => (
        <li key={n.code}>
          <input id={`enhet-${n.code}`} type="checkbox" name="units" value={n.code} defaultChecked={chosen.has(n.code)} />{' '}
          <label htmlFor={`enhet-${n.code}`}>
            {n.name} <span className="muted">({n.code})</span>
          </label>
          {n.children.length > 0 && <Branch nodes={n.children} chosen={chosen} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * The organisation tree as nested checkboxes, in a fieldset: a chosen unit takes everything below
 * it along. Units are given in tree order with their depth.
 */
export function UnitCheckboxTree({ units, chosen, errors }: { units: readonly UnitChoice[]; chosen: ReadonlySet<string>; errors?: readonly string[] }) {
  return (
    <fieldset className="unit-checkboxes" aria-describedby={`enheter-hint${errors?.length ? ' enheter-error' : ''}`}>
      <legend>Enheter som ska svara</legend>
      <p id="enheter-hint" className="field__hint">
        En vald enhet tar med alla enheter under den. Väljer du ingen enhet gäller omgången hela organisationen.
      </p>
      <FieldError id="enheter-error" errors={errors} />
      {units.length === 0 ? <p>Det finns inga enheter ännu. Importera organisationen först.</p> : <Branch nodes={nest(units)} chosen={chosen} />}
    </fieldset>
  );
}
