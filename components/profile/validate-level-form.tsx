'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { SCALE } from '@/lib/domain/scale';
import { formatLevel } from '@/lib/format/level';
import styles from './profile.module.css';

/** What the server action returns when a level is stored as confirmed. */
export interface ValidatedLevel {
  requirement: string;
  level: number;
}

/**
 * A chef confirms or changes one requirement's level. A plain form posted to a server action:
 * it works without JavaScript, and with it the page refreshes in place and the outcome is read
 * out from the live region.
 */
export function ValidateLevelForm({
  action,
  employeeId,
  round,
  requirement,
  requirementName,
  level,
}: {
  action: FormAction<ValidatedLevel>;
  employeeId: string;
  round: string;
  requirement: string;
  requirementName: string;
  /** The level that counts now; preselected. Null when not assessed. */
  level: number | null;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const chosen = state && !state.ok ? state.values?.level : undefined;
  const id = `bekrafta-${requirement.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <>
      <form action={formAction} className={styles.validateForm} noValidate key={chosen ?? 'start'}>
        <input type="hidden" name="employeeId" value={employeeId} />
        <input type="hidden" name="round" value={round} />
        <input type="hidden" name="requirement" value={requirement} />
        <div className="field">
          <label htmlFor={id}>
            Bekräftad nivå<span className="visually-hidden"> för {requirementName}</span>
          </label>
          <select id={id} name="level" defaultValue={chosen ?? (level === null ? '' : String(level))} required {...fieldAria(id, errors.level)}>
            {level === null && <option value="">Välj nivå</option>}
            {SCALE.map((s) => (
              <option key={s.level} value={String(s.level)}>
                {formatLevel(s.level)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-error`} errors={errors.level} />
        </div>
        <div>
          <button type="submit" className="button button--secondary" disabled={pending}>
            Spara bekräftad nivå<span className="visually-hidden"> för {requirementName}</span>
          </button>
        </div>
      </form>
      <FormResult
        state={state}
        success={(d) => (
          <p>
            Sparat. {requirementName} har nu nivån {formatLevel(d.level)}, bekräftad av chef.
          </p>
        )}
      />
    </>
  );
}
