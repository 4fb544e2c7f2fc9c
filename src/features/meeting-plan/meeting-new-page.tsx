import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { Page } from '@/components/page';
import type { AdvicePatch } from '@/domain/agenda-advice';
import {
  DEFAULT_PARTICIPANTS,
  DEFAULT_START_TIME,
  draftFromPrefill,
  type MeetingPlanValues,
} from '@/domain/meeting-plan';
import { todayIso } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { PlanLayout } from './plan-layout';
import { usePlanEditor } from './use-plan-editor';
import { countAnswers } from '@/domain/scores';

function useInitialDraft(search: string) {
  const [initial] = useState(() => {
    const params = new URLSearchParams(search);
    const { teams, assessments } = useWorkspace.getState();
    const roundId = params.get('round');
    const round = assessments.find((r) => r.id === roundId);
    const draft = draftFromPrefill({
      runbook: params.get('runbook'),
      themes: params.get('themes'),
      team: params.get('team') ?? round?.teamId ?? null,
      teamIds: teams.map((team) => team.id),
      today: todayIso(),
      // Everyone who answered, tallied answers included: the meeting is planned for them.
      respondents: round ? countAnswers(round.responses, round.tally) : undefined,
    });
    return { draft, roundId: round ? round.id : null };
  });
  return initial;
}

/** `/moede/ny`: plan a new meeting, prefilled from the query string (the assessment's recommendation). */
export default function MeetingNewPage() {
  const search = useSearch();
  // A new query (another recommendation followed) starts a fresh plan.
  return <MeetingPlanner key={search} search={search} />;
}

function MeetingPlanner({ search }: { search: string }) {
  const { t } = useTranslation('meeting');
  const [, navigate] = useLocation();
  const initial = useInitialDraft(search);
  const createMeeting = useWorkspace((s) => s.createMeeting);
  const [stepMinutes, setStepMinutes] = useState<Record<string, number>>({});
  const [invalidFields, setInvalidFields] = useState<string | null>(null);
  const editor = usePlanEditor(
    initial.draft,
    {
      participants: DEFAULT_PARTICIPANTS,
      groups: 1,
      startTime: DEFAULT_START_TIME,
      availableMinutes: 0,
    },
    stepMinutes,
  );

  // Not a <form>: the team picker inside has its own form for a new team, and forms cannot nest.
  function save() {
    const problems = Object.keys(editor.errors);
    if (problems.length > 0) {
      editor.revealErrors();
      setInvalidFields(problems.map((field) => fieldLabel(field, t)).join(', '));
      return;
    }
    const id = createMeeting({
      ...(editor.values as MeetingPlanValues),
      assessmentRoundId: initial.roundId,
      stepMinutes,
    });
    navigate(`/moede/${id}`);
  }

  function applyAdvice(patch: AdvicePatch) {
    if (patch.stepMinutes) setStepMinutes({ ...patch.stepMinutes });
    editor.change(editor.draftPatchOf(patch));
  }

  return (
    <Page title={t('title.new')}>
      <PlanLayout
        editor={editor}
        onChange={(patch) => {
          editor.change(patch);
          setInvalidFields(null);
        }}
        onStepMinutes={(stepId, minutes) =>
          setStepMinutes(({ [stepId]: _old, ...rest }) =>
            minutes === null ? rest : { ...rest, [stepId]: minutes },
          )
        }
        onApplyAdvice={applyAdvice}
        formFooter={
          <div className="plan-submit">
            <button type="button" className="button" onClick={save}>
              {t('form.create')}
            </button>
            <div role="alert">
              {invalidFields ? (
                <p className="field-error">{t('form.createInvalid', { fields: invalidFields })}</p>
              ) : null}
            </div>
          </div>
        }
      />
    </Page>
  );
}

const FIELD_LABELS: Record<string, string> = {
  teamId: 'team.label',
  themeIds: 'form.themes',
  date: 'form.date',
  startTime: 'form.startTime',
  availableMinutes: 'form.available',
  participants: 'form.participants',
  groups: 'form.groups',
  tovholdere: 'form.tovholdere',
  place: 'form.place',
};

function fieldLabel(field: string, t: ReturnType<typeof useTranslation<'meeting'>>['t']): string {
  const key = FIELD_LABELS[field] ?? field;
  return key.startsWith('team.') ? t(key, { ns: 'common' }) : t(key);
}
