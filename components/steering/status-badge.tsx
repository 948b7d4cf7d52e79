import { STATUS_LABEL } from '@/lib/domain/indicators';
import type { IndicatorStatus } from './types';
import './steering.css';

/**
 * A shape per status, so that the status reads without colour: a circle with a tick (on
 * track), a triangle with an exclamation mark (at risk), a square with a cross (behind), a
 * dashed circle with a question mark (cannot be judged). The word is always beside it.
 */
export function StatusIcon({ status }: { status: IndicatorStatus }) {
  return (
    <svg className="steering-status__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {status === 'on_track' && (
        <>
          <circle cx="12" cy="12" r="10.5" fill="currentColor" />
          <path d="M6.8 12.4l3.4 3.4 7-7.4" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === 'at_risk' && (
        <>
          <path d="M12 1.8L23 21.5H1z" fill="currentColor" />
          <path d="M12 8.5v6.2" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
          <circle cx="12" cy="18.2" r="1.5" fill="#fff" />
        </>
      )}
      {status === 'behind' && (
        <>
          <rect x="1.5" y="1.5" width="21" height="21" rx="2" fill="currentColor" />
          <path d="M7.5 7.5l9 9M16.5 7.5l-9 9" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
        </>
      )}
      {status === 'unknown' && (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3.2 2.4" />
          <path d="M9.2 9.3a2.9 2.9 0 1 1 3.9 2.7c-.8.3-1.1.9-1.1 1.7v.6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="12" cy="17.6" r="1.4" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

/** "Status: I fas" with its shape; `prefix` false leaves out the word "Status" (in a column headed Status). */
export function StatusBadge({ status, prefix = true }: { status: IndicatorStatus; prefix?: boolean }) {
  return (
    <span className={`steering-status steering-status--${status}`} data-status={status}>
      <StatusIcon status={status} />
      <span>
        {prefix && <span className="steering-status__prefix">Status: </span>}
        {STATUS_LABEL[status]}
      </span>
    </span>
  );
}
