/** Placeholder while the organisation loads; the grey bars are decoration only. */
export function TreeSkeleton() {
  return (
    <div className="skeleton" aria-busy="true">
      <p>Hämtar organisationen …</p>
      <div aria-hidden="true">
        {[0, 1, 2, 2, 1].map((indent, i) => (
          <div key={i} className={`skeleton__row skeleton__row--indent-${indent}`} />
        ))}
      </div>
    </div>
  );
}
