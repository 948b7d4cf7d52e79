'use client';

/** Opens the browser's print dialog (the letters print one to a page). Without JavaScript: the browser's own Skriv ut. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
