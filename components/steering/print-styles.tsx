import './print.css';

/**
 * The steering page's print stylesheet (A4, page breaks around indicators; see print.css for
 * the data attributes it relies on). Render it once on the page; it draws nothing itself.
 */
export function SteeringPrintStyles() {
  return null;
}
