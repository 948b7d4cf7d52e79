import type { Done, FormAction } from '@/components/forms/action-state';
import { MissingValue } from '@/components/missing-value';
import { ActionButtonForm } from './action-button-form';

export interface UsersTableRow {
  id: number;
  name: string;
  email: string;
  employeeId: string | null;
  disabled: boolean;
  /** The signed-in administrator's own account: it cannot be disabled from here. */
  self: boolean;
  roles: ReadonlyArray<{ id: number; label: string }>;
}

/**
 * "Ta bort" and "Stäng av" only ask (a GET form that sets ?bekrafta=); the confirmation panel
 * does the change. "Aktivera" changes at once.
 */
export function UsersTable({ users, path, enableAction }: { users: readonly UsersTableRow[]; path: string; enableAction: FormAction<Done> }) {
  if (users.length === 0) return <p>Det finns inga användare ännu.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="anvandare-tabell" tabIndex={0}>
      <table className="data-table data-table--wide">
        <caption id="anvandare-tabell">Användare i Kompetenskartan, {users.length} st</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">E-post</th>
            <th scope="col">Anställd</th>
            <th scope="col">Roller</th>
            <th scope="col">Status</th>
            <th scope="col">Konto</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{u.employeeId ?? <MissingValue />}</td>
              <td>
                {u.roles.length === 0 ? (
                  <span className="muted">Ingen roll</span>
                ) : (
                  <ul className="role-list">
                    {u.roles.map((g) => (
                      <li key={g.id}>
                        <span>{g.label}</span>{' '}
                        <form method="get" action={`${path}#bekraftelse`} className="button-form">
                          <input type="hidden" name="bekrafta" value={`roll-${g.id}`} />
                          <button type="submit" className="button button--small button--secondary">
                            Ta bort<span className="visually-hidden"> rollen {g.label} från {u.name}</span>
                          </button>
                        </form>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{u.disabled ? <span className="status status--off">Avstängd</span> : <span className="status status--on">Aktiv</span>}</td>
              <td>
                {u.disabled ? (
                  <ActionButtonForm
                    action={enableAction}
                    fields={{ userId: String(u.id), disabled: 'false' }}
                    label="Aktivera"
                    context={u.name}
                    variant="secondary"
                    small
                  />
                ) : u.self ? (
                  <span className="muted">Ditt konto</span>
                ) : (
                  <form method="get" action={`${path}#bekraftelse`} className="button-form">
                    <input type="hidden" name="bekrafta" value={`avstang-${u.id}`} />
                    <button type="submit" className="button button--small button--secondary">
                      Stäng av<span className="visually-hidden"> {u.name}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
