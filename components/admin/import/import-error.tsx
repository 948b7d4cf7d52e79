/** A refusal from the page's own check or the server, read out when it appears. */
export function ImportError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'form-result form-result--error' : 'form-result'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
