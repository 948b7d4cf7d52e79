import Link from 'next/link';
import type { ReactNode } from 'react';
import { FieldError, fieldAria } from '@/components/forms/field-error';
import { formatDateTime } from '@/lib/format/date-time';

/**
 * Step one of freezing: the snapshot's name. A plain GET form back to the page
 * (`?frys=<name>`), which then asks for confirmation; no JavaScript needed.
 */
export function FreezeForm({ action, defaultLabel, value, errors }: { action: string; defaultLabel: string; value?: string; errors?: readonly string[] }) {
  return (
    <form key={value ?? ''} method="get" action={`${action}#frysa`} className="stack" noValidate>
      <div className="field">
        <label htmlFor="frys-namn">Namn på ögonblicksbilden</label>
        <p id="frys-namn-hint" className="field__hint">
          Till exempel mötets namn och datum: Styrgruppsmöte 2026-12-03.
        </p>
        <input
          id="frys-namn"
          name="frys"
          type="text"
          autoComplete="off"
          maxLength={120}
          defaultValue={value ?? defaultLabel}
          required
          {...fieldAria('frys-namn', errors, 'frys-namn-hint')}
        />
        <FieldError id="frys-namn-error" errors={errors} />
      </div>
      <div>
        <button type="submit" className="button">
          Frys siffrorna
        </button>
      </div>
    </form>
  );
}

/** Step two: what freezing does, and the button that does it (a server action, passed in). */
export function FreezeConfirm({ label, dataAsOf, cancelHref, children }: { label: string; dataAsOf: string; cancelHref: string; children: ReactNode }) {
  return (
    <div className="steering-confirm" role="group" aria-labelledby="frys-fraga">
      <h3 id="frys-fraga">Frysa siffrorna som ”{label}”?</h3>
      <p>
        Siffrorna sparas som de ser ut nu (data per {formatDateTime(dataAsOf)}). De ändras inte när nya svar kommer in, och alla i styrgruppen
        kan öppna dem senare under ”Visa siffror”.
      </p>
      {children}
      <p>
        <Link href={cancelHref} className="button button--secondary">
          Avbryt
        </Link>
      </p>
    </div>
  );
}
