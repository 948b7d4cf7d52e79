import type { FormAction } from '@/components/forms/action-state';
import { NOT_KNOWN_LABEL } from '@/lib/domain/scale';
import { formatLevel } from '@/lib/format/level';
import { ValidateLevelForm, type ValidatedLevel } from './validate-level-form';
import { ValidatedBadge } from './validated-badge';
import styles from './profile.module.css';

export interface ValidateLevelRow {
  requirement: string;
  name: string;
  requiredLevel: number;
  level: number | null;
  answered: boolean;
  source: 'self' | 'validated' | null;
}

/**
 * For a chef (or HR): one small form per requirement to confirm the person's level or set
 * another. The confirmed level counts instead of the self-assessment, and the person sees it.
 */
export function ValidateLevels({
  rows,
  action,
  employeeId,
  round,
  roundName,
}: {
  rows: readonly ValidateLevelRow[];
  action: FormAction<ValidatedLevel>;
  employeeId: string;
  round: string;
  roundName: string;
}) {
  return (
    <section aria-labelledby="bekrafta-rubrik">
      <h2 id="bekrafta-rubrik">Bekräfta eller ändra nivå</h2>
      <p>
        Bekräfta nivån på ett krav efter ett samtal eller en bedömning i arbetet, eller välj en annan nivå. Den bekräftade nivån räknas i
        stället för personens egen skattning i {roundName}, och personen ser att den är bekräftad av chef.
      </p>
      <ul className={styles.validateList}>
        {rows.map((r) => (
          <li key={r.requirement} className={styles.validateItem}>
            <h3>{r.name}</h3>
            <p className={styles.validateNow}>
              Nu: {current(r)}. Kravnivå {formatLevel(r.requiredLevel)}.
              {r.source === 'validated' && (
                <>
                  {' '}
                  <ValidatedBadge />
                </>
              )}
            </p>
            <ValidateLevelForm
              action={action}
              employeeId={employeeId}
              round={round}
              requirement={r.requirement}
              requirementName={r.name}
              level={r.level}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function current(r: ValidateLevelRow): string {
  if (!r.answered) return 'inget svar';
  if (r.level === null) return NOT_KNOWN_LABEL.toLowerCase();
  return `${formatLevel(r.level)}${r.source === 'self' ? ' (egen skattning)' : ''}`;
}
