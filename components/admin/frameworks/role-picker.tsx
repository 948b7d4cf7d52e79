import Link from 'next/link';
import './frameworks.css';

/** Links to each role's table of required levels; the current role is marked. */
export function RolePicker({ roles, current }: { roles: ReadonlyArray<{ code: string; name: string; requirements: number; href: string }>; current: string | null }) {
  return (
    <nav aria-label="Välj yrkesroll">
      <ul className="role-picker">
        {roles.map((r) => (
          <li key={r.code}>
            <Link href={r.href} aria-current={r.code === current ? 'page' : undefined}>
              {r.name}
            </Link>{' '}
            <span className="muted">({r.requirements} krav)</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
