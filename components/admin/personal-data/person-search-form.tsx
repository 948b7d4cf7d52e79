import { FieldError, fieldAria } from '@/components/forms/field-error';

/**
 * Looks a person up by employee id or name. A plain GET form (`?sok=`): it works without
 * JavaScript and the result can be reloaded.
 */
export function PersonSearchForm({ action, value, error }: { action: string; value: string; error: string | null }) {
  const errors = error ? [error] : undefined;
  return (
    <form method="get" action={action} className="inline-form" role="search" aria-label="Sök person">
      <div className="field">
        <label htmlFor="sok-person">Anställningsnummer eller namn</label>
        <input
          id="sok-person"
          name="sok"
          type="search"
          autoComplete="off"
          spellCheck={false}
          defaultValue={value}
          {...fieldAria('sok-person', errors)}
        />
        <FieldError id="sok-person-error" errors={errors} />
      </div>
      <div>
        <button type="submit" className="button">
          Sök
        </button>
      </div>
    </form>
  );
}
