import type { ReactNode } from 'react';
import { InvitationLetter, type LetterContext, type LetterView } from './invitation-letter';
import './letters.css';

/**
 * The letters of one batch, one per person, with what the page says around them (`intro`, hidden on
 * paper). The outermost element carries `data-letters`, which scopes the print styles.
 */
export function LettersSheet({ letters, context, intro }: { letters: readonly LetterView[]; context: LetterContext; intro?: ReactNode }) {
  return (
    <div data-letters>
      {intro && <div data-print="hide">{intro}</div>}
      <section aria-label={`Brev, ${letters.length} st`}>
        {letters.map((letter, i) => (
          <InvitationLetter key={letter.url} letter={letter} context={context} index={i} />
        ))}
      </section>
    </div>
  );
}
