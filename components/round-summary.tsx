import { formatDateRange } from '@/lib/format/date';

export interface RoundSummaryProps {
  name: string;
  /** ISO dates (YYYY-MM-DD). */
  opensOn: string;
  closesOn: string;
}

export function RoundSummary({ name, opensOn, closesOn }: RoundSummaryProps) {
  return (
    <div className="round-summary">
      <p>
        Senaste omgång: <strong>{name}</strong>
      </p>
      <p className="round-summary__dates">
        Öppen för svar <time dateTime={opensOn}>{formatDateRange(opensOn, closesOn)}</time>
      </p>
    </div>
  );
}
