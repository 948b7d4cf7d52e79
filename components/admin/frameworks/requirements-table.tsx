import type { Done, FormAction } from '@/components/forms/action-state';
import { RequirementRow, type RequirementRowData } from './requirement-row';
import './frameworks.css';

/** A framework's requirements, each row edited in place (name, area, description). */
export function RequirementsTable({
  action,
  requirements,
  areas,
  areasListId,
  caption,
}: {
  action: FormAction<Done>;
  requirements: readonly RequirementRowData[];
  areas: readonly string[];
  areasListId: string;
  caption: string;
}) {
  return (
    <>
      <datalist id={areasListId}>
        {areas.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <div className="table-scroll">
        <table className="data-table data-table--wide edit-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Kod</th>
              <th scope="col">Namn</th>
              <th scope="col">Kravområde</th>
              <th scope="col">Beskrivning</th>
              <th scope="col">
                <span className="visually-hidden">Spara och översätt</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((r) => (
              <RequirementRow key={r.code} action={action} requirement={r} areasListId={areasListId} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
