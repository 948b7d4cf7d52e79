import type { ReactNode } from 'react';
import type { ActionState } from './action-state';

/**
 * The outcome of a form, read out when it appears: errors as an alert, success as a status.
 * The live regions are always in the page so that screen readers notice when they fill.
 */
export function FormResult<T>({ state, success }: { state: ActionState<T>; success?: (data: T) => ReactNode }) {
  return (
    <>
      <div role="alert" className={state && !state.ok ? 'form-result form-result--error' : 'form-result'}>
        {state && !state.ok ? <p>{state.message}</p> : null}
      </div>
      <div role="status" className={state?.ok && success ? 'form-result form-result--ok' : 'form-result'}>
        {state?.ok && success ? success(state.data) : null}
      </div>
    </>
  );
}
