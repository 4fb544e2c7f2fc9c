import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import { isIsoDate, nextMonday } from '@/domain/iso-week';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { DateField } from '@/components/date-field';

/** Add a row to a team's handleplan by hand: what, when it starts, and which theme(s) it serves. */
export function AddExperimentForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation('handleplan');
  const { t: tc } = useTranslation();
  const addExperiment = useWorkspace((s) => s.addExperiment);
  const id = useId();
  const [hvad, setHvad] = useState('');
  const [start, setStart] = useState(() => nextMonday(todayIso()));
  const [themeIds, setThemeIds] = useState<ThemeId[]>([]);
  const [errors, setErrors] = useState<{ hvad?: string; start?: string }>({});
  const [announcement, setAnnouncement] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = hvad.trim();
    const next = {
      hvad: text ? undefined : t('plan.hvadRequired'),
      start: isIsoDate(start) ? undefined : t('plan.dateInvalid'),
    };
    setErrors(next);
    if (next.hvad || next.start) return;
    addExperiment({ teamId, hvad: text, startDate: start, themeIds });
    setAnnouncement(t('plan.added', { name: text }));
    setHvad('');
    setThemeIds([]);
  }

  const toggle = (theme: ThemeId) =>
    setThemeIds((ids) => (ids.includes(theme) ? ids.filter((x) => x !== theme) : [...ids, theme]));

  return (
    <form className="card hp-add" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('plan.addHeading')}</h2>
      <Field label={t('plan.hvad')} error={errors.hvad}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={hvad}
            onChange={(event) => setHvad(event.target.value)}
          />
        )}
      </Field>
      <DateField
        label={t('plan.start')}
        hint={t('plan.startHint')}
        value={start}
        onChange={setStart}
        error={errors.start}
      />
      <fieldset className="hp-themes">
        <legend>{t('plan.themesLegend')}</legend>
        {THEME_IDS.map((theme) => (
          <label key={theme} className="hp-check">
            <input type="checkbox" checked={themeIds.includes(theme)} onChange={() => toggle(theme)} />
            {tc(`themeNames.${theme}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button">
        {t('plan.add')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
