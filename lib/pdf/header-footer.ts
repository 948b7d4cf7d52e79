/**
 * Chromium's running header and footer of a printed page. They are rendered outside the page
 * (no stylesheet, no CSP), so they carry their own small inline style; Chromium fills the
 * elements with the classes `pageNumber` and `totalPages`.
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// Chromium's default template font size is tiny; print margins are set in print.css to match.
const STYLE = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #333; width: 100%; box-sizing: border-box; padding: 0 15mm; display: flex; justify-content: space-between; gap: 8mm;';

/** The title at the top of every page (project name and diary number). */
export function headerTemplate(title: string): string {
  return `<div style="${STYLE}"><span>${escapeHtml(title)}</span></div>`;
}

/** "Data per …" on the left, "Sida X av Y" on the right of every page. */
export function footerTemplate(note: string): string {
  return `<div style="${STYLE}"><span>${escapeHtml(note)}</span><span>Sida <span class="pageNumber"></span> av <span class="totalPages"></span></span></div>`;
}
