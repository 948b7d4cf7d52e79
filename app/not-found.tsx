import type { Metadata } from 'next';
import Link from 'next/link';

// The layout's title template adds the product name here (unlike on the root page).
export const metadata: Metadata = { title: 'Sidan finns inte' };

export default function NotFound() {
  return (
    <div className="notice">
      <h1>Sidan finns inte</h1>
      <p>Vi hittar ingen sida på den adressen. Den kan ha flyttats, eller så är adressen felskriven.</p>
      <p>
        <Link href="/">Gå till startsidan</Link>
      </p>
    </div>
  );
}
