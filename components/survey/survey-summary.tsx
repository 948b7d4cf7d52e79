import Link from 'next/link';
import type { SurveyText } from '@/lib/i18n/types';

export interface SummarySection {
  heading: string;
  /** The step where these answers are changed. */
  href: string;
  rows: ReadonlyArray<{ id: string; label: string; answer: string | null; href: string }>;
}

/** Every answer, area by area, each with a link back to change it; unanswered ones said in words. */
export function SurveySummary({ sections, text }: { sections: readonly SummarySection[]; text: SurveyText }) {
  return (
    <>
      {sections.map((section, i) => (
        <section key={section.href} className="summary-section" aria-labelledby={`sammanfattning-${i}`}>
          <h3 id={`sammanfattning-${i}`}>{section.heading}</h3>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div key={row.id} className="summary-list__row">
                <dt>{row.label}</dt>
                <dd>
                  {row.answer ?? (
                    <span className="summary-list__missing">
                      <span aria-hidden="true">! </span>
                      {text.summary.notAnswered}
                    </span>
                  )}{' '}
                  <Link href={row.href} prefetch={false} className="summary-list__change">
                    {text.summary.change}
                    <span className="visually-hidden"> {text.summary.changeWhat(row.label)}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <Link href={section.href} prefetch={false}>
              {text.summary.changeArea(section.heading)}
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}
