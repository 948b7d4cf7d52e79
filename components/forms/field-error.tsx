/** The message under a field; the field points here with aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="field__error">
      <span aria-hidden="true">Fel: </span>
      {errors.join(' ')}
    </p>
  );
}

/** The attributes that tie a field to its hint and its error message. */
export function fieldAria(id: string, errors: readonly string[] | undefined, hintId?: string) {
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hintId, invalid ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}
