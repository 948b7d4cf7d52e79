import './import.css';
import type { ProgressView } from './progress-events';

/**
 * The bar (with its percentage for assistive technology) and what is happening in words. The
 * status line is always in the page, so screen readers notice when it fills.
 */
export function ImportProgress({ id, progress }: { id: string; progress: ProgressView | null }) {
  const value = progress?.value;
  return (
    <div className="import-progress">
      <div hidden={!progress}>
        <label htmlFor={id}>Förlopp</label>
        <progress id={id} max={100} value={value === null || value === undefined ? undefined : Math.round(value * 100)} />
      </div>
      <p role="status" className="import-progress__text">
        {progress?.text}
      </p>
    </div>
  );
}
