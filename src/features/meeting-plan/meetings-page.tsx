import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Page } from '@/components/page';
import { buildAgenda } from '@/domain/agenda';
import type { Meeting } from '@/domain/entities/meeting';
import { todayIso } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { formatMeetingDate, meetingTitle } from './meeting-text';
import './meeting-plan.css';

/** `/moede`: the meetings of every team, upcoming first, with open, copy and delete. */
export default function MeetingsPage() {
  const { t } = useTranslation('meeting');
  const meetings = useWorkspace((s) => s.meetings);
  const teams = useWorkspace((s) => s.teams);
  const today = todayIso();

  const teamIds = [...teams.map((team) => team.id)];
  for (const meeting of meetings) if (!teamIds.includes(meeting.teamId)) teamIds.push(meeting.teamId);
  const groups = teamIds
    .map((teamId) => ({
      teamId,
      name: teams.find((team) => team.id === teamId)?.name ?? t('list.unknownTeam'),
      meetings: meetings.filter((m) => m.teamId === teamId),
    }))
    .filter((group) => group.meetings.length > 0);

  return (
    <Page
      title={t('list.title')}
      actions={
        <Link href="/moede/ny" className="button">
          {t('list.planNew')}
        </Link>
      }
    >
      <p className="lead">{t('list.lead')}</p>
      {groups.length === 0 ? <p className="notice">{t('list.empty')}</p> : null}
      {groups.map((group) => {
        const byTime = (a: Meeting, b: Meeting) =>
          `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`);
        const upcoming = group.meetings.filter((m) => m.date >= today && !m.run?.finishedAt).sort(byTime);
        const past = group.meetings
          .filter((m) => !upcoming.includes(m))
          .sort(byTime)
          .reverse();
        return (
          <section key={group.teamId} className="meeting-team" aria-labelledby={`team-${group.teamId}`}>
            <h2 id={`team-${group.teamId}`}>{group.name}</h2>
            <h3>{t('list.upcoming')}</h3>
            {upcoming.length > 0 ? (
              <MeetingList meetings={upcoming} today={today} />
            ) : (
              <p>{t('list.noUpcoming')}</p>
            )}
            {past.length > 0 ? (
              <>
                <h3>{t('list.past')}</h3>
                <MeetingList meetings={past} today={today} />
              </>
            ) : null}
          </section>
        );
      })}
    </Page>
  );
}

function MeetingList({ meetings, today }: { meetings: Meeting[]; today: string }) {
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <MeetingRow key={meeting.id} meeting={meeting} today={today} />
      ))}
    </ul>
  );
}

function MeetingRow({ meeting, today }: { meeting: Meeting; today: string }) {
  const { t, i18n } = useTranslation('meeting');
  const [, navigate] = useLocation();
  const duplicateMeeting = useWorkspace((s) => s.duplicateMeeting);
  const deleteMeeting = useWorkspace((s) => s.deleteMeeting);
  const restoreMeeting = useWorkspace((s) => s.restoreMeeting);
  const name = meetingTitle(meeting, t, i18n.language);
  const agenda = buildAgenda(meeting);
  const dateText = formatMeetingDate(meeting.date, t, i18n.language);
  // Copies share a name, so the buttons' names carry the date too.
  const label = `${name}, ${dateText}`;

  function remove() {
    const removed = deleteMeeting(meeting.id);
    if (!removed) return;
    useUndo
      .getState()
      .offerUndo(t('list.deleted', { name }), () => restoreMeeting(removed.meeting, removed.index));
  }

  function duplicate() {
    // A copy of a past meeting is for a new occasion, so it starts today; the facilitator sets the date.
    const id = duplicateMeeting(meeting.id, meeting.date >= today ? meeting.date : today);
    if (id) navigate(`/moede/${id}`);
  }

  return (
    <li className="meeting-row card">
      <div className="meeting-row-text">
        <Link href={`/moede/${meeting.id}`} className="meeting-row-title">
          {name}
        </Link>
        <span>
          {dateText}, {t('list.timeRange', { start: agenda.startTime, end: agenda.endTime })}
          {meeting.place ? ` · ${meeting.place}` : ''}
        </span>
        {meeting.run?.finishedAt ? <span className="meeting-row-badge">{t('list.started')}</span> : null}
      </div>
      <div className="page-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('list.duplicateLabel', { name: label })}
          onClick={duplicate}
        >
          {t('list.duplicate')}
        </button>
        <button
          type="button"
          className="button button-danger button-small"
          aria-label={t('list.deleteLabel', { name: label })}
          onClick={remove}
        >
          {t('list.delete')}
        </button>
      </div>
    </li>
  );
}
