import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { TeamReportButton } from '@/components/team-report-button';
import { runDurationMs, summarizeRun } from '@/domain/meeting-run';
import { currentWorkspace, useWorkspace } from '@/state/workspace-store';
import { splitMinutes } from './format';
import { MeetingNotFound } from './meeting-not-found';
import { useMeetingName, useMeetingRun } from './use-meeting-run';
import './meeting-run.css';

function useDuration() {
  const { t } = useTranslation('meetingRun');
  return (ms: number) => {
    const { minutes, seconds } = splitMinutes(ms);
    return seconds === 0
      ? t('duration.minutes', { minutes })
      : t('duration.minutesSeconds', { minutes, seconds });
  };
}

export default function SummaryPage() {
  const { t, i18n } = useTranslation(['meetingRun', 'pdfDownload']);
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const { meeting, run, steps, now, toolkit } = useMeetingRun(meetingId);
  const name = useMeetingName(meeting);
  const duration = useDuration();
  const allProposals = useWorkspace((s) => s.proposals);
  const proposals = useMemo(
    () => allProposals.filter((p) => p.meetingId === meetingId).sort((a, b) => a.rank - b.rank),
    [allProposals, meetingId],
  );
  if (!meeting) return <MeetingNotFound />;

  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const summary = run ? summarizeRun(run, steps, now) : [];
  const plannedMs = steps.reduce((sum, step) => sum + step.durationMs, 0);

  return (
    <Page title={t('summary.title')} kicker={name}>
      {!run ? <p className="notice">{t('summary.notStarted')}</p> : null}
      {run && run.finishedAt === null ? (
        <p className="notice notice-warning">{t('summary.notFinished')}</p>
      ) : null}
      {run ? (
        <>
          <p className="lead">
            {t('summary.when', {
              date: date.format(new Date(run.startedAt)),
              start: time.format(new Date(run.startedAt)),
              end: time.format(new Date(run.finishedAt ?? now)),
            })}
            <br />
            {t('summary.total', { time: duration(runDurationMs(run, now)), planned: duration(plannedMs) })}
          </p>
          <h2>{t('summary.stepsHeading')}</h2>
          <div className="summary-table-wrap">
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">{t('summary.step')}</th>
                  <th scope="col">{t('summary.planned')}</th>
                  <th scope="col">{t('summary.actual')}</th>
                  <th scope="col">{t('summary.notes')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.map((step, index) => (
                  <tr key={step.stepId}>
                    <th scope="row">
                      {index + 1}. {toolkit.runbooks[meeting.runbookId].steps[step.stepId]?.title}
                    </th>
                    <td>{duration(step.plannedMs)}</td>
                    <td>
                      {!step.visited
                        ? t('summary.notReached')
                        : step.skipped
                          ? t('summary.skipped')
                          : duration(step.actualMs)}
                    </td>
                    <td className="summary-notes">
                      {meeting.notes[step.stepId]?.trim() || (
                        <span className="muted">{t('summary.noNotes')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h2>{t('summary.proposalsHeading')}</h2>
      {proposals.length > 0 ? (
        <ol className="summary-proposals">
          {proposals.map((proposal) => (
            <li key={proposal.id}>{proposal.text}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('proposals.empty')}</p>
      )}
      <h2>{t('summary.nextHeading')}</h2>
      <p className="summary-next">
        <Link href={`/forslag/${meeting.id}`} className="button">
          {t('summary.toProposals')}
        </Link>
        <Link href={`/handleplan/${meeting.teamId}`} className="button button-secondary">
          {t('summary.toHandleplan')}
        </Link>
        <TeamReportButton teamId={meeting.teamId} workspace={currentWorkspace} />
        <Link href={`/moede/${meeting.id}/koer`}>{t('summary.backToRunner')}</Link>
      </p>
    </Page>
  );
}
