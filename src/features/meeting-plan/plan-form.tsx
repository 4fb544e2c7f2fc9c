import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { RadioGroup } from '@/components/radio-group';
import {
  DECISION_MODES,
  DIALOGMOEDE,
  RUNBOOK_IDS,
  THEME_IDS,
  isRunbookId,
  type DecisionMode,
  type ThemeId,
} from '@/content/ids';
import { TeamPicker } from '@/components/team-picker';
import type { MeetingPlanDraft, PlanError, PlanField } from '@/domain/meeting-plan';
import { Field } from '@/components/field';
import { NumberField } from '@/components/number-field';

interface PlanFormProps {
  draft: MeetingPlanDraft;
  /** Errors to show now (the screen decides when a field has been touched). */
  errors: Partial<Record<PlanField, PlanError>>;
  onChange: (patch: Partial<MeetingPlanDraft>) => void;
  teams: readonly { id: string; name: string }[];
  onCreateTeam: (name: string) => string;
  /** Tables the toolkit's rule suggests for the dialogmøde. */
  suggestedGroups: number;
}

/** The plan of a meeting: drejebog, team, time, people, tovholdere, place and decision mode. */
export function PlanForm({ draft, errors, onChange, teams, onCreateTeam, suggestedGroups }: PlanFormProps) {
  const { t } = useTranslation('meeting');
  const errorText = (field: PlanField) => {
    const error = errors[field];
    return error ? t(`form.errors.${error}`) : null;
  };
  const dialog = draft.runbookId === DIALOGMOEDE;

  return (
    <div className="plan-form">
      <TeamPicker
        teams={teams}
        selectedId={draft.teamId || null}
        onSelect={(teamId) => onChange({ teamId })}
        onCreate={onCreateTeam}
      />
      {errors.teamId ? <p className="field-error">{errorText('teamId')}</p> : null}

      <Field label={t('form.runbook')} hint={t('form.runbookHint')}>
        {(props) => (
          <select
            {...props}
            value={draft.runbookId}
            onChange={(event) => {
              if (isRunbookId(event.target.value)) onChange({ runbookId: event.target.value });
            }}
          >
            {RUNBOOK_IDS.map((id, index) => (
              <option key={id} value={id}>
                {id === DIALOGMOEDE
                  ? t(`themeNames.${id}`, { ns: 'common' })
                  : `${index + 1}. ${t(`themeNames.${id}`, { ns: 'common' })}`}
              </option>
            ))}
          </select>
        )}
      </Field>

      {dialog ? (
        <ThemeChoice
          selected={draft.themeIds}
          error={errorText('themeIds')}
          onChange={(themeIds) => onChange({ themeIds })}
        />
      ) : null}

      <div className="plan-form-row">
        <DateField
          label={t('form.date')}
          value={draft.date}
          onChange={(date) => onChange({ date })}
          error={errorText('date')}
        />
        <Field label={t('form.startTime')} hint={t('form.startTimeHint')} error={errorText('startTime')}>
          {(props) => (
            <input
              {...props}
              type="time"
              value={draft.startTime}
              onChange={(e) => onChange({ startTime: e.target.value })}
            />
          )}
        </Field>
      </div>

      <NumberField
        label={t('form.available')}
        hint={t('form.availableHint')}
        error={errorText('availableMinutes')}
        value={draft.availableMinutes}
        onChange={(availableMinutes) => onChange({ availableMinutes })}
      />

      <div className="plan-form-row">
        <NumberField
          label={t('form.participants')}
          error={errorText('participants')}
          value={draft.participants}
          onChange={(participants) => onChange({ participants })}
        />
        {dialog ? (
          <NumberField
            label={t('form.groups')}
            hint={t('form.groupsHint', { count: suggestedGroups })}
            error={errorText('groups')}
            value={draft.groups}
            onChange={(groups) => onChange({ groups })}
            beside={
              draft.groups.trim() !== String(suggestedGroups) ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onChange({ groups: String(suggestedGroups) })}
                >
                  {t('form.useSuggestion', { count: suggestedGroups })}
                </button>
              ) : null
            }
          />
        ) : null}
      </div>

      <Field label={t('form.tovholdere')} hint={t('form.tovholdereHint')} error={errorText('tovholdere')}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            value={draft.tovholdere}
            onChange={(e) => onChange({ tovholdere: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('form.place')} error={errorText('place')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.place}
            onChange={(e) => onChange({ place: e.target.value })}
          />
        )}
      </Field>

      <DecisionChoice
        value={draft.decisionMode}
        dialog={dialog}
        onChange={(decisionMode) => onChange({ decisionMode })}
      />
    </div>
  );
}

function ThemeChoice({
  selected,
  error,
  onChange,
}: {
  selected: readonly ThemeId[];
  error: string | null;
  onChange: (themeIds: ThemeId[]) => void;
}) {
  const { t } = useTranslation('meeting');
  const hintId = useId();
  const errorId = useId();
  return (
    <fieldset className="plan-themes" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend>{t('form.themes')}</legend>
      <p id={hintId} className="field-hint">
        {t('form.themesHint')}
      </p>
      <ul className="plan-check-list">
        {THEME_IDS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...selected, id] : selected.filter((other) => other !== id),
                  )
                }
              />{' '}
              {t(`themeNames.${id}`, { ns: 'common' })}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function DecisionChoice({
  value,
  dialog,
  onChange,
}: {
  value: DecisionMode;
  dialog: boolean;
  onChange: (mode: DecisionMode) => void;
}) {
  const { t } = useTranslation('meeting');
  const prefix = dialog ? 'form.decisionDialog' : 'form.decision';
  return (
    <RadioGroup
      className="plan-decision"
      legend={t('form.decision')}
      options={DECISION_MODES}
      value={value}
      onChange={onChange}
      label={(mode) => t(`${prefix}${mode}`)}
      optionHint={(mode) => t(`${prefix}${mode}Hint`)}
    />
  );
}
