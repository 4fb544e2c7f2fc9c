import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '@/components/use-dates';
import { Field } from '@/components/field';
import { Link } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import type { ExportCardProps } from './export-card';

/** The dagsorden of one of the team's meetings, the latest unless another is chosen. */
export function InvitationCard({ teamId, run, busy, current }: Omit<ExportCardProps, 'today'>) {
  const { t } = useTranslation('export');
  const dates = useDates();
  const meetings = useWorkspace((s) => s.meetings);
  const [choice, setChoice] = useState('');
  const teamMeetings = meetings.filter((meeting) => meeting.teamId === teamId);
  const meetingId = teamMeetings.some((meeting) => meeting.id === choice)
    ? choice
    : (teamMeetings.at(-1)?.id ?? '');
  return (
    <section className="card" aria-labelledby="export-invitation">
      <h2 id="export-invitation">{t('invitation.title')}</h2>
      <p>{t('invitation.text')}</p>
      {teamMeetings.length === 0 ? (
        <p className="notice">
          {t('invitation.empty')} <Link href={`/moede/ny?team=${teamId}`}>{t('invitation.emptyLink')}</Link>
        </p>
      ) : (
        <>
          <Field label={t('invitation.meeting')}>
            {(props) => (
              <select {...props} value={meetingId} onChange={(event) => setChoice(event.target.value)}>
                {teamMeetings.map((meeting) => (
                  <option key={meeting.id} value={meeting.id}>
                    {t('invitation.meetingOption', {
                      date: dates.date(meeting.date),
                      title: t(`themeNames.${meeting.runbookId}`, { ns: 'common' }),
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(t('invitation.title'), (pdf, resources) =>
                pdf.invitationFile(current(), meetingId, resources),
              )
            }
          >
            {t('invitation.download')}
          </button>
        </>
      )}
    </section>
  );
}
