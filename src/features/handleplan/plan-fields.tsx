import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { useToolkit } from '@/components/use-toolkit';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { Experiment } from '@/domain/entities/experiment';
import { useWorkspace } from '@/state/workspace-store';
import { ScoreSelect, parseScore } from './score-select';

const FIELDS = [
  { key: 'hvad', max: 2000 },
  { key: 'hvorfor', max: 5000 },
  { key: 'hvordan', max: 5000 },
  { key: 'hvem', max: 500 },
] as const;

/** The experiment's handleplan row, edited in place, with its themes and the score before it. */
export function PlanFields({ experiment }: { experiment: Experiment }) {
  const { t } = useTranslation('handleplan');
  const { t: tc } = useTranslation();
  const columns = useToolkit().handleplan.columns;
  const update = useWorkspace((s) => s.updateExperiment);
  const id = useId();

  const toggle = (theme: ThemeId) =>
    update(experiment.id, {
      themeIds: experiment.themeIds.includes(theme)
        ? experiment.themeIds.filter((x) => x !== theme)
        : [...experiment.themeIds, theme],
    });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('experiment.planHeading')}</h2>
      <div className="hp-fields">
        {FIELDS.map(({ key, max }) => (
          <Field key={key} label={columns[key]} id={`${id}-${key}`}>
            {(control) => (
              <textarea
                {...control}
                rows={key === 'hvem' ? 2 : 3}
                maxLength={max}
                value={experiment[key]}
                onChange={(event) => update(experiment.id, { [key]: event.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
      <fieldset className="hp-themes">
        <legend>{t('plan.themesLegend')}</legend>
        {THEME_IDS.map((theme) => (
          <label key={theme} className="hp-check">
            <input
              type="checkbox"
              checked={experiment.themeIds.includes(theme)}
              onChange={() => toggle(theme)}
            />
            {tc(`themeNames.${theme}`)}
          </label>
        ))}
      </fieldset>
      <ScoreSelect
        label={t('experiment.baseline')}
        value={experiment.baselineScore === null ? '' : String(experiment.baselineScore)}
        onChange={(value) => update(experiment.id, { baselineScore: parseScore(value) })}
      />
    </section>
  );
}
