/** Plain-language key to the figures of the organisation tree. */
export function FiguresExplanation() {
  return (
    <details className="figures-explanation">
      <summary>Så läser du siffrorna</summary>
      <p>Siffrorna för en enhet gäller enheten och alla enheter under den.</p>
      <dl>
        <dt>Svarsfrekvens</dt>
        <dd>Hur stor del av personalen som har svarat i omgången.</dd>
        <dt>Når kraven</dt>
        <dd>Hur stor del av svaren som når den nivå som yrkesrollen kräver.</dd>
        <dt>Medelgap</dt>
        <dd>Hur många steg under kravet svaren ligger i genomsnitt. 0 steg betyder att alla når kravet.</dd>
        <dt>Streck (–)</dt>
        <dd>Det finns inga svar att räkna på.</dd>
      </dl>
    </details>
  );
}
