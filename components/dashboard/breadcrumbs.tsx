import Link from 'next/link';
import type { Named } from './types';

/** The visible units above this one, the top first, then this unit (not a link). */
export function Breadcrumbs({ ancestors, current }: { ancestors: readonly Named[]; current: string }) {
  return (
    <nav aria-label="Brödsmulor" className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">Organisationen</Link>
        </li>
        {ancestors.map((a) => (
          <li key={a.code}>
            <Link href={`/enheter/${encodeURIComponent(a.code)}`}>{a.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
