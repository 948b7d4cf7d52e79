import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { template: '%s – Kompetenskartan', default: 'Kompetenskartan' },
  description: 'Kompetenskartläggning för kommunens verksamheter',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <header className="site-header">
          <div className="container">
            <Link className="site-header__brand" href="/">
              Kompetenskartan
            </Link>
          </div>
        </header>
        {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
        <main id="innehall" className="container" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
