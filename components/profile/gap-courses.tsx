import type { CourseFormat } from '@/lib/domain/enums';
import { formatLevel } from '@/lib/format/level';
import { formatCount } from '@/lib/format/number';
import { MissingValue } from '../missing-value';
import { courseFormatLabel, formatHours, safeCourseUrl } from './course-format';
import styles from './profile.module.css';

export interface GapCoursesData {
  requirement: string;
  name: string;
  level: number;
  requiredLevel: number;
  gap: number;
  courses: ReadonlyArray<{
    code: string;
    name: string;
    format: CourseFormat;
    hours: number | null;
    provider: string | null;
    url: string | null;
  }>;
}

/**
 * The courses that would close the largest gaps (at most three requirements, chosen in
 * lib/domain/gap-courses). With no gap, a plain sentence says so.
 */
export function GapCourses({ groups, own, assessed }: { groups: readonly GapCoursesData[]; own: boolean; assessed: number }) {
  return (
    <section aria-labelledby="kurser-rubrik">
      <h2 id="kurser-rubrik">Utbildningar för {own ? 'dina' : 'personens'} största gap</h2>
      {groups.length === 0 ? (
        <p>
          {assessed === 0
            ? `Inga krav är bedömda ännu, så det finns inga gap att föreslå utbildningar för.`
            : `${own ? 'Du' : 'Personen'} når kraven på alla områden som är bedömda. Det finns inga gap att föreslå utbildningar för just nu.`}
        </p>
      ) : (
        <>
          <p>
            {groups.length === 1 ? 'Kravet' : `De ${formatCount(groups.length)} kraven`} där {own ? 'din' : 'personens'} nivå ligger längst
            under kravnivån, och utbildningar som leder upp till en högre nivå.
          </p>
          <ul className={styles.courseGroups}>
            {groups.map((g) => (
              <li key={g.requirement} className={styles.courseGroup}>
                <h3>{g.name}</h3>
                <p className="muted">
                  {own ? 'Din' : 'Personens'} nivå {formatLevel(g.level)}, kravnivå {formatLevel(g.requiredLevel)}: {formatCount(g.gap)} steg
                  under.
                </p>
                {g.courses.length === 0 ? (
                  <p>
                    Det finns ingen utbildning kopplad till kravet ännu.
                    {own && ' Prata med din chef om andra sätt att lära dig, till exempel med en handledare.'}
                  </p>
                ) : (
                  <ul className={styles.courseList} aria-label={`Utbildningar för ${g.name}`}>
                    {g.courses.map((c) => (
                      <CourseItem key={c.code} course={c} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CourseItem({ course }: { course: GapCoursesData['courses'][number] }) {
  const url = safeCourseUrl(course.url);
  return (
    <li className={styles.course}>
      <p className={styles.courseName}>{course.name}</p>
      <dl className={styles.courseFacts}>
        <div>
          <dt>Form:</dt>
          <dd>{courseFormatLabel(course.format)}</dd>
        </div>
        <div>
          <dt>Tid:</dt>
          <dd>{course.hours === null ? <MissingValue /> : formatHours(course.hours)}</dd>
        </div>
        <div>
          <dt>Anordnare:</dt>
          <dd>{course.provider ?? <MissingValue />}</dd>
        </div>
      </dl>
      {url && (
        <p className={styles.courseLink}>
          <a href={url}>
            Läs mer om kursen<span className="visually-hidden"> {course.name}</span> (kursens webbplats)
          </a>
        </p>
      )}
    </li>
  );
}
