/**
 * What every server action returns (ARCHITECTURE.md): the data on success, or a message for
 * the whole form plus messages per field. `values` gives the form back what was typed, since
 * React resets a form after its action has run.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

/** `null` until the form has been sent once. */
export type ActionState<T> = ActionResult<T> | null;

export type FormAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** Success data of the actions that only need to say what happened. */
export interface Done {
  message: string;
}
