/** One answer of a question: a large card with the radio, its name and what it means. */
export function Choice({ name, value, checked, title, hint }: { name: string; value: string; checked: boolean; title: string; hint?: string | null }) {
  return (
    <label className="choice">
      <input type="radio" name={name} value={value} defaultChecked={checked} />
      <span className="choice__text">
        <span className="choice__title">{title}</span>
        {hint ? <span className="choice__hint">{hint}</span> : null}
      </span>
    </label>
  );
}
