import Link from 'next/link';

export interface SiteHeaderProps {
  /** Null when nobody is signed in. */
  person: { name: string; roles: string } | null;
  links: ReadonlyArray<{ href: string; label: string }>;
  signOutAction: () => Promise<void>;
  /** The organisation's name and logo (a data: URL) from the settings; null = not set. */
  organisation: { organisationName: string | null; logoDataUrl: string | null };
}

/** The product name, who is signed in, where they can go, and the way out. Works without JavaScript. */
export function SiteHeader({ person, links, signOutAction, organisation }: SiteHeaderProps) {
  const { organisationName, logoDataUrl } = organisation;
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <div className="site-header__identity">
          {logoDataUrl && (
            // A small data: URL from the settings: next/image would add nothing.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="site-header__logo" src={logoDataUrl} alt={organisationName ? `Logotyp för ${organisationName}` : 'Organisationens logotyp'} />
          )}
          <Link className="site-header__brand" href="/">
            Kompetenskartan
          </Link>
          {organisationName && <span className="site-header__organisation">{organisationName}</span>}
        </div>
        {person && (
          <div className="site-header__account">
            <p className="site-header__person">
              <span className="visually-hidden">Inloggad som </span>
              <strong>{person.name}</strong>
              {person.roles && <span className="site-header__roles">{person.roles}</span>}
            </p>
            <form action={signOutAction}>
              <button type="submit" className="button button--on-dark">
                Logga ut
              </button>
            </form>
          </div>
        )}
      </div>
      {person && links.length > 0 && (
        <nav className="site-nav" aria-label="Huvudmeny">
          <ul className="container site-nav__list">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
