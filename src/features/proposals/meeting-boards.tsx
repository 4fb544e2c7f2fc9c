import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

/** Links to the boards of the team's meetings, newest first, with how many proposals are still open. */
export function MeetingBoards({ teamId }: { teamId: string }) {
  const { t } = useTranslation('proposals');
  const { date: formatDate } = useDates();
  const meetings = useWorkspace((s) => s.meetings);
  const proposals = useWorkspace((s) => s.proposals);
  const own = useMemo(
    () => meetings.filter((m) => m.teamId === teamId).sort((a, b) => b.date.localeCompare(a.date)),
    [meetings, teamId],
  );
  return (
    <section className="meeting-boards" aria-labelledby="meeting-boards">
      <h2 id="meeting-boards">{t('parking.meetingsHeading')}</h2>
      {own.length === 0 ? (
        <p className="muted">{t('parking.noMeetings')}</p>
      ) : (
        <ul className="link-list">
          {own.map((m) => (
            <li key={m.id}>
              <Link href={`/forslag/${m.id}`}>
                {t('parking.meetingLink', {
                  date: formatDate(m.date),
                  runbook: t(`themeNames.${m.runbookId}`, { ns: 'common' }),
                })}
              </Link>{' '}
              <span className="muted">
                (
                {t('parking.openCount', {
                  count: proposals.filter((p) => p.meetingId === m.id && p.status === 'open').length,
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
