import Link from 'next/link';
import './steering.css';

export interface ProjectLink {
  code: string;
  name: string;
  /** The viewer sits in this project's steering group. */
  own: boolean;
}

/** On the start page: the projects whose effect measures the viewer follows. Nothing when none. */
export function ProjectLinks({ projects }: { projects: readonly ProjectLink[] }) {
  if (projects.length === 0) return null;
  return (
    <section className="steering-projects" aria-labelledby="projekt-rubrik">
      <h2 id="projekt-rubrik">Effektmått för projekt</h2>
      <ul>
        {projects.map((p) => (
          <li key={p.code}>
            {p.own ? 'Ditt projekt: ' : 'Projekt: '}
            <Link href={`/styrgrupp/${encodeURIComponent(p.code)}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
