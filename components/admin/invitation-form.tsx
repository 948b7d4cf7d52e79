'use client';

import { useActionForm } from '@/components/forms/use-action-form';
import type { Done, FormAction } from '@/components/forms/action-state';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { FormResult } from '@/components/forms/form-result';
import { formatLongDateTime } from '@/lib/format/date-time';
import type { Choice } from './grant-role-form';

export interface CreatedInvitation {
  id: number;
  url: string;
  /** ISO timestamp. */
  expiresAt: string;
  /** The round has already closed, so the link can never be used. */
  expired: boolean;
}

/** Creates a personal link and shows it this once: only its hash is stored. */
export function InvitationForm({ action, rounds }: { action: FormAction<CreatedInvitation>; rounds: readonly Choice[] }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="lank-anstalld">Anställningsnummer</label>
          <input
            id="lank-anstalld"
            name="employeeId"
            type="text"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.employeeId}
            required
            {...fieldAria('lank-anstalld', errors.employeeId)}
          />
          <FieldError id="lank-anstalld-error" errors={errors.employeeId} />
        </div>
        <div className="field">
          <label htmlFor="lank-omgang">Omgång</label>
          <p id="lank-omgang-hint" className="field__hint">
            Länken slutar fungera när omgången stänger.
          </p>
          <select id="lank-omgang" name="round" defaultValue={values.round ?? rounds[0]?.value ?? ''} required {...fieldAria('lank-omgang', errors.round, 'lank-omgang-hint')}>
            {rounds.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <FieldError id="lank-omgang-error" errors={errors.round} />
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            Skapa inbjudningslänk
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <CreatedLink invitation={d} />} />
    </>
  );
}

function CreatedLink({ invitation }: { invitation: CreatedInvitation }) {
  return (
    <div className="created-link">
      <p>
        <strong>Länken är skapad.</strong> Den visas bara nu. Kopiera den och skicka den till personen.
      </p>
      <p className="created-link__url">
        <code>{invitation.url}</code>
      </p>
      {invitation.expired ? (
        <p className="notice notice--error">
          Omgången har redan stängt. Länken gick ut {formatLongDateTime(invitation.expiresAt)} och fungerar inte.
        </p>
      ) : (
        <p>Länken fungerar till och med {formatLongDateTime(invitation.expiresAt)}.</p>
      )}
      <p>Länkens nummer är {invitation.id}. Använd numret om länken behöver spärras.</p>
    </div>
  );
}

export function RevokeInvitationForm({ action }: { action: FormAction<Done> }) {
  const { state, formAction, pending, errors, values, key } = useActionForm(action);
  return (
    <>
      <form action={formAction} className="stack" noValidate key={key}>
        <div className="field">
          <label htmlFor="sparr-nummer">Länkens nummer</label>
          <input
            id="sparr-nummer"
            name="invitationId"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.invitationId}
            required
            {...fieldAria('sparr-nummer', errors.invitationId)}
          />
          <FieldError id="sparr-nummer-error" errors={errors.invitationId} />
        </div>
        <div>
          <button type="submit" className="button button--danger" disabled={pending}>
            Spärra länken
          </button>
        </div>
      </form>
      <FormResult state={state} success={(d) => <p>{d.message}</p>} />
    </>
  );
}
