/** A project without indicators: say so, and tell HR how to add one (everyone else: who does). */
export function NoIndicators({ canAdd, formAnchor }: { canAdd: boolean; formAnchor: string }) {
  return (
    <section aria-labelledby="indikatorerna-rubrik" id="indikatorerna" className="notice">
      <h2 id="indikatorerna-rubrik">Projektet har inga indikatorer ännu</h2>
      {canAdd ? (
        <p>
          Lägg till en indikator med formuläret <a href={`#${formAnchor}`}>Lägg till en indikator</a> längre ner på sidan. Du väljer en effektfråga,
          ett mål och vilka omgångar som är utgångsläge och uppföljning.
        </p>
      ) : (
        <p>Indikatorerna läggs till av HR. Kontakta HR om styrgruppen behöver följa något.</p>
      )}
    </section>
  );
}
