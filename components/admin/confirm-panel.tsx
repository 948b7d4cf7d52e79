import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * The second step of a removal: the question, the consequence, "Ja" and "Avbryt". It is a page
 * state (a query parameter), so it works without JavaScript.
 */
export function ConfirmPanel({ question, cancelHref, children }: { question: string; cancelHref: string; children: ReactNode }) {
  return (
    <section id="bekraftelse" className="confirm-panel" aria-labelledby="bekraftelse-rubrik">
      <h2 id="bekraftelse-rubrik">{question}</h2>
      {children}
      <p>
        <Link href={cancelHref} className="button button--secondary">
          Avbryt
        </Link>
      </p>
    </section>
  );
}
