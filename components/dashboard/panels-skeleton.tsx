/** Placeholder while the dashboard's tables are computed; the grey bars are decoration only. */
export function PanelsSkeleton({ label }: { label: string }) {
  return (
    <div className="skeleton dashboard-section" aria-busy="true">
      <p>{label}</p>
      <div aria-hidden="true">
        {[0, 0, 0, 0].map((indent, i) => (
          <div key={i} className={`skeleton__row skeleton__row--indent-${indent}`} />
        ))}
      </div>
    </div>
  );
}
