import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { RadioGroup } from '@/components/radio-group';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { RunbookChoice } from '@/domain/entities/assessment';

const MODES = ['recommended', 'theme', 'dialogmoede'] as const;
type Mode = (typeof MODES)[number];

interface ChoiceEditorProps {
  /** The saved override; null follows the recommendation. */
  choice: RunbookChoice | null;
  /** Themes in ranked order, used as starting points for the selections. */
  defaultThemes: readonly ThemeId[];
  onChange: (choice: RunbookChoice | null) => void;
}

/** The facilitator overrides the recommendation: one theme, or the dialogmøde with at least two themes. */
export function ChoiceEditor({ choice, defaultThemes, onChange }: ChoiceEditorProps) {
  const { t } = useTranslation('assessment');
  const { t: tc } = useTranslation();
  const groupName = useId();
  const [mode, setMode] = useState<Mode>(choice ? choice.kind : 'recommended');
  const [theme, setTheme] = useState<ThemeId>(
    choice?.kind === 'theme' ? choice.themeId : (defaultThemes[0] ?? THEME_IDS[0]),
  );
  const [several, setSeveral] = useState<ThemeId[]>(
    choice?.kind === 'dialogmoede' ? choice.themeIds : defaultThemes.slice(0, 2),
  );

  function save(nextMode: Mode, nextTheme: ThemeId, nextSeveral: ThemeId[]) {
    if (nextMode === 'recommended') onChange(null);
    else if (nextMode === 'theme') onChange({ kind: 'theme', themeId: nextTheme });
    else if (nextSeveral.length >= 2) {
      onChange({ kind: 'dialogmoede', themeIds: THEME_IDS.filter((id) => nextSeveral.includes(id)) });
    }
  }

  const tooFew = mode === 'dialogmoede' && several.length < 2;
  const labels: Record<Mode, string> = {
    recommended: t('recommendation.optionRecommended'),
    theme: t('recommendation.optionTheme'),
    dialogmoede: t('recommendation.optionDialogmoede'),
  };

  return (
    <div className="choice-editor">
      <RadioGroup
        legend={t('recommendation.chooseHeading')}
        legendHidden
        options={MODES}
        value={mode}
        onChange={(option) => {
          setMode(option);
          save(option, theme, several);
        }}
        label={(option) => labels[option]}
      />
      {mode === 'theme' ? (
        <Field label={t('recommendation.themeSelect')}>
          {(props) => (
            <select
              {...props}
              value={theme}
              onChange={(event) => {
                const next = event.target.value as ThemeId;
                setTheme(next);
                save('theme', next, several);
              }}
            >
              {THEME_IDS.map((id) => (
                <option key={id} value={id}>
                  {tc(`themeNames.${id}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {mode === 'dialogmoede' ? (
        <fieldset className="choice-themes">
          <legend>{t('recommendation.themesLegend')}</legend>
          {THEME_IDS.map((id) => (
            <div key={id} className="checkbox-field">
              <input
                id={`${groupName}-theme-${id}`}
                type="checkbox"
                checked={several.includes(id)}
                onChange={(event) => {
                  const next = event.target.checked ? [...several, id] : several.filter((x) => x !== id);
                  setSeveral(next);
                  save('dialogmoede', theme, next);
                }}
              />
              <label htmlFor={`${groupName}-theme-${id}`}>{tc(`themeNames.${id}`)}</label>
            </div>
          ))}
          {tooFew ? (
            <p className="field-error" role="alert">
              {t('recommendation.needTwo')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
