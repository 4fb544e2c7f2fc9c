/** One option of a radio group on the export screen, with a touch-sized target. */
export function ChoiceRadio<T extends string>({
  name,
  value,
  current,
  onChange,
  label,
}: {
  name: string;
  value: T;
  current: T;
  onChange: (value: T) => void;
  label: string;
}) {
  return (
    <label className="export-choice">
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        onChange={() => onChange(value)}
      />
      {label}
    </label>
  );
}
