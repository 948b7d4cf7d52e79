'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';

export interface Choice {
  value: string;
  label: string;
}

export function GrantRoleForm({
  action,
  users,
  roles,
  units,
  projects,
}: {
  action: FormAction<Done>;
  users: readonly Choice[];
  roles: readonly Choice[];
  units: readonly Choice[];
  projects: readonly Choice[];
}) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="roll-anvandare">Användare</label>
          <select id="roll-anvandare" name="userId" defaultValue={values.userId ?? ''} required {...fieldAria('roll-anvandare', errors.userId)}>
            <option value="">Välj användare</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError id="roll-anvandare-error" errors={errors.userId} />
        </div>
        <div className="field">
          <label htmlFor="roll-roll">Roll</label>
          <select id="roll-roll" name="role" defaultValue={values.role ?? ''} required {...fieldAria('roll-roll', errors.role)}>
            <option value="">Välj roll</option>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <FieldError id="roll-roll-error" errors={errors.role} />
        </div>
        <div className="field">
          <label htmlFor="roll-enhet">Enhet (bara för enhetschef)</label>
          <p id="roll-enhet-hint" className="field__hint">
            Chefen ser enheten och alla enheter under den.
          </p>
          <select id="roll-enhet" name="unitCode" defaultValue={values.unitCode ?? ''} {...fieldAria('roll-enhet', errors.unitCode, 'roll-enhet-hint')}>
            <option value="">Ingen enhet</option>
            {units.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
          <FieldError id="roll-enhet-error" errors={errors.unitCode} />
        </div>
        <div className="field">
          <label htmlFor="roll-projekt">Projekt (bara för styrgrupp)</label>
          <select id="roll-projekt" name="projectCode" defaultValue={values.projectCode ?? ''} {...fieldAria('roll-projekt', errors.projectCode)}>
            <option value="">Inget projekt</option>
            {projects.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          <FieldError id="roll-projekt-error" errors={errors.projectCode} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Ge rollen
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
