import { LevelChartLoader } from './level-chart-loader';
import type { LevelChartRow } from './level-chart';
import styles from './profile.module.css';

/**
 * The chart with its name and description, rendered on the server: the figure is named and
 * described even before (or without) the chart's code, and the description points to the
 * table, which is the chart's text alternative.
 */
export function LevelChartFigure({ rows, own, roundName }: { rows: readonly LevelChartRow[]; own: boolean; roundName: string }) {
  const captionId = 'niva-diagram-rubrik';
  const descriptionId = 'niva-diagram-beskrivning';
  const whose = own ? 'din' : 'personens';
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        Diagram: {whose} nivå jämfört med kravnivån, {roundName}
      </figcaption>
      <p id={descriptionId} className="muted">
        En hel stapel visar {whose} nivå och en randig stapel kravnivån för varje krav. Skalan: 0 Inte ännu, 1 Fakta, 2 Förståelse, 3
        Färdighet, 4 Förtrogenhet. En bock (✓) betyder att nivån är bekräftad av chef. Samma uppgifter finns i tabellen under diagrammet.
      </p>
      <noscript>
        <p>Diagrammet visas när JavaScript är påslaget. Tabellen under har samma uppgifter.</p>
      </noscript>
      <LevelChartLoader rows={rows} own={own} labelledBy={captionId} describedBy={descriptionId} />
    </figure>
  );
}
