import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import type { Meeting } from '@/domain/entities/meeting';
import { useWorkspace } from '@/state/workspace-store';

/** Notes for the step on screen, saved with the meeting as they are typed. */
export function StepNotes({ meeting, stepId }: { meeting: Meeting; stepId: string }) {
  const { t } = useTranslation('meetingRun');
  const setNote = useWorkspace((s) => s.setNote);
  return (
    <Field
      label={t('runner.notes')}
      hint={t('runner.notesHint')}
      hintPlacement="below"
      className="step-notes"
    >
      {(control) => (
        <textarea
          {...control}
          rows={4}
          maxLength={20000}
          value={meeting.notes[stepId] ?? ''}
          onChange={(event) => setNote(meeting.id, stepId, event.target.value)}
        />
      )}
    </Field>
  );
}
