import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/domain/entities/meeting';
import { useWorkspace } from '@/state/workspace-store';

/** Notes for the step on screen, saved with the meeting as they are typed. */
export function StepNotes({ meeting, stepId }: { meeting: Meeting; stepId: string }) {
  const { t } = useTranslation('meetingRun');
  const setNote = useWorkspace((s) => s.setNote);
  const id = useId();
  return (
    <div className="field step-notes">
      <label htmlFor={id}>{t('runner.notes')}</label>
      <textarea
        id={id}
        rows={4}
        maxLength={20000}
        aria-describedby={`${id}-hint`}
        value={meeting.notes[stepId] ?? ''}
        onChange={(event) => setNote(meeting.id, stepId, event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('runner.notesHint')}
      </p>
    </div>
  );
}
