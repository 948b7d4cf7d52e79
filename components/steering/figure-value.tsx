import { MissingValue } from '../missing-value';
import { figureDataValue, figureText } from './figure-text';
import type { GroupFigure, IndicatorKind, IndicatorScale } from './types';

export interface FigureValueProps {
  figure: GroupFigure;
  scale: IndicatorScale;
  kind: IndicatorKind;
  k: number;
  /** What the figure is, for machines reading the page: `current`, `baseline`, `unit:<code>`, `group:<label>`. */
  name: string;
  className?: string;
}

/**
 * One figure as written: its value, "Visas inte: skyddar grupper med färre än k svar" when withheld (never blank),
 * or a dash when nothing was measured. `data-figure` and `data-value` mark it for the report
 * pack, which checks that the PDF and the workbook say what the page says.
 */
export function FigureValue({ figure, scale, kind, k, name, className }: FigureValueProps) {
  const text = figureText(figure, scale, k, kind);
  const dataValue = figureDataValue(figure, scale) ?? undefined;
  const classes = [className, figure.withheld ? 'steering-withheld' : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className={classes} data-figure={name} data-value={dataValue}>
      {text ?? <MissingValue />}
    </span>
  );
}
