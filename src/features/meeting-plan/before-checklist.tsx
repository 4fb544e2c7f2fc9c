import { useTranslation } from 'react-i18next';

interface BeforeChecklistProps {
  heading: string;
  items: readonly string[];
  /** Ticked items, keyed by index. */
  checked: Readonly<Record<string, boolean>>;
  onToggle: (index: number, done: boolean) => void;
}

/** The toolkit's "før mødet" / "forberedelse" list, ticked off as the facilitator prepares. */
export function BeforeChecklist({ heading, items, checked, onToggle }: BeforeChecklistProps) {
  const { t } = useTranslation('meeting');
  const done = items.filter((_, index) => checked[String(index)]).length;
  return (
    <section className="card before-checklist" aria-labelledby="before-heading">
      <h2 id="before-heading">{heading}</h2>
      <p className="muted" role="status">
        {t('before.progress', { done, total: items.length })}
      </p>
      <ul className="plan-check-list">
        {items.map((item, index) => (
          <li key={item}>
            <label>
              <input
                type="checkbox"
                checked={checked[String(index)] ?? false}
                onChange={(event) => onToggle(index, event.target.checked)}
              />{' '}
              {item}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
