/**
 * In place of a figure the k rule withholds (DOMAIN.md "Small groups in competence figures"):
 * the row says that it is withheld, it does not vanish. The dashboard's notice says why.
 */
export const WITHHELD_TEXT = 'Visas inte';

export function Withheld() {
  return (
    <span className="withheld" data-value="visas inte">
      {WITHHELD_TEXT}
      <span className="visually-hidden"> – för få personer i gruppen</span>
    </span>
  );
}

/** Above a dashboard under the k rule: what is withheld and why, in plain Swedish. */
export function KRuleNotice({ k }: { k: number }) {
  return (
    <p className="notice" role="note">
      Siffror som bygger på färre än {k} personer visas inte, och inte heller siffror som skulle gå att räkna fram ur andra. Då går det
      inte att se vad en enskild kollega har svarat. Chefer och HR ser alla siffror för sina enheter.
    </p>
  );
}
