import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { isLanguage, LANGUAGES, type Language } from '@/i18n/languages';
import { usePdfDownload } from '@/components/use-pdf-download';
import { clock, todayIso } from '@/lib/clock';
import { selectWorkspace, useWorkspace } from '@/state/workspace-store';
import './export.css';

export default function ExportPage() {
  const { t, i18n } = useTranslation('export');
  const teams = useWorkspace((s) => s.teams);
  const meetings = useWorkspace((s) => s.meetings);
  const experiments = useWorkspace((s) => s.experiments);
  const assessments = useWorkspace((s) => s.assessments);
  const proposals = useWorkspace((s) => s.proposals);
  const addTeam = useWorkspace((s) => s.addTeam);
  const [chosenTeam, setTeamId] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'da');
  const [format, setFormat] = useState<'a4' | 'a3'>('a4');
  const [meetingChoice, setMeetingId] = useState('');
  const [experimentChoice, setExperimentId] = useState('');
  const [week, setWeek] = useState<2 | 4>(2);
  const { run, message, busy } = usePdfDownload(language);
  const ids = { meeting: useId(), experiment: useId(), week: useId() };

  const teamId = chosenTeam ?? teams[0]?.id ?? null;
  const teamMeetings = meetings.filter((meeting) => meeting.teamId === teamId);
  const teamExperiments = experiments.filter((experiment) => experiment.teamId === teamId);
  const meetingId = teamMeetings.some((m) => m.id === meetingChoice)
    ? meetingChoice
    : (teamMeetings.at(-1)?.id ?? '');
  const experimentId = teamExperiments.some((e) => e.id === experimentChoice)
    ? experimentChoice
    : (teamExperiments[0]?.id ?? '');
  const hasReport =
    teamMeetings.length > 0 ||
    teamExperiments.length > 0 ||
    assessments.some((round) => round.teamId === teamId) ||
    proposals.some((proposal) => proposal.teamId === teamId);
  const today = todayIso();
  // Read at click time, so the document shows the workspace as it is then.
  const current = () => selectWorkspace(useWorkspace.getState());

  const radio = <T extends string>(
    name: string,
    value: T,
    current: T,
    set: (v: T) => void,
    label: string,
  ) => (
    <label className="export-choice">
      <input type="radio" name={name} value={value} checked={current === value} onChange={() => set(value)} />
      {label}
    </label>
  );

  return (
    <Page title={t('title')}>
      <p className="lead">{t('lead')}</p>
      {teams.length === 0 ? <p className="notice">{t('noTeams')}</p> : null}
      <TeamPicker teams={teams} selectedId={teamId} onSelect={setTeamId} onCreate={addTeam} />
      {teamId ? (
        <>
          <fieldset className="export-options">
            <legend>{t('language')}</legend>
            {LANGUAGES.map((code) =>
              radio('pdf-language', code, language, setLanguage, t(`languages.${code}`)),
            )}
          </fieldset>
          <div className="card-grid export-grid">
            <section className="card" aria-labelledby="export-handleplan">
              <h2 id="export-handleplan">{t('handleplan.title')}</h2>
              <p>{t('handleplan.text')}</p>
              {teamExperiments.length === 0 ? (
                <p className="notice">
                  {t('handleplan.empty')}{' '}
                  <Link href={`/handleplan/${teamId}`}>{t('handleplan.emptyLink')}</Link>
                </p>
              ) : (
                <>
                  <fieldset className="export-options">
                    <legend>{t('handleplan.format')}</legend>
                    {radio('pdf-format', 'a4', format, setFormat, t('handleplan.a4'))}
                    {radio('pdf-format', 'a3', format, setFormat, t('handleplan.a3'))}
                  </fieldset>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() =>
                      void run(t('handleplan.title'), (pdf, resources) =>
                        pdf.handleplanFile(current(), teamId, today, resources, format),
                      )
                    }
                  >
                    {t('handleplan.download')}
                  </button>
                </>
              )}
            </section>
            <section className="card" aria-labelledby="export-invitation">
              <h2 id="export-invitation">{t('invitation.title')}</h2>
              <p>{t('invitation.text')}</p>
              {teamMeetings.length === 0 ? (
                <p className="notice">
                  {t('invitation.empty')}{' '}
                  <Link href={`/moede/ny?team=${teamId}`}>{t('invitation.emptyLink')}</Link>
                </p>
              ) : (
                <>
                  <div className="field">
                    <label htmlFor={ids.meeting}>{t('invitation.meeting')}</label>
                    <select
                      id={ids.meeting}
                      value={meetingId}
                      onChange={(event) => setMeetingId(event.target.value)}
                    >
                      {teamMeetings.map((meeting) => (
                        <option key={meeting.id} value={meeting.id}>
                          {t('invitation.meetingOption', {
                            date: meeting.date,
                            title: t(`themeNames.${meeting.runbookId}`, { ns: 'common' }),
                          })}
                        </option>
                      ))}
                    </select>
                  </div>
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
            <section className="card" aria-labelledby="export-report">
              <h2 id="export-report">{t('report.title')}</h2>
              <p>{t('report.text')}</p>
              {hasReport ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void run(t('report.title'), (pdf, resources) =>
                      pdf.reportFile(current(), teamId, { today, nowMs: clock.now() }, resources),
                    )
                  }
                >
                  {t('report.download')}
                </button>
              ) : (
                <p className="notice">
                  {t('report.empty')} <Link href="/vurdering">{t('report.emptyLink')}</Link>
                </p>
              )}
            </section>
            <section className="card" aria-labelledby="export-check-in">
              <h2 id="export-check-in">{t('checkIn.title')}</h2>
              <p>{t('checkIn.text')}</p>
              {teamExperiments.length === 0 ? (
                <p className="notice">
                  {t('checkIn.empty')} <Link href={`/handleplan/${teamId}`}>{t('handleplan.emptyLink')}</Link>
                </p>
              ) : (
                <>
                  <div className="field">
                    <label htmlFor={ids.experiment}>{t('checkIn.experiment')}</label>
                    <select
                      id={ids.experiment}
                      value={experimentId}
                      onChange={(event) => setExperimentId(event.target.value)}
                    >
                      {teamExperiments.map((experiment) => (
                        <option key={experiment.id} value={experiment.id}>
                          {experiment.hvad}
                        </option>
                      ))}
                    </select>
                  </div>
                  <fieldset className="export-options">
                    <legend>{t('checkIn.week')}</legend>
                    {radio(
                      'pdf-week',
                      '2',
                      String(week),
                      () => setWeek(2),
                      t('checkIn.weekOption', { week: 2 }),
                    )}
                    {radio(
                      'pdf-week',
                      '4',
                      String(week),
                      () => setWeek(4),
                      t('checkIn.weekOption', { week: 4 }),
                    )}
                  </fieldset>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() =>
                      void run(t('checkIn.title'), (pdf, resources) =>
                        pdf.checkInFile(current(), experimentId, week, resources),
                      )
                    }
                  >
                    {t('checkIn.download')}
                  </button>
                </>
              )}
            </section>
          </div>
        </>
      ) : null}
      <p className="export-status" role="status" aria-live="polite">
        {message}
      </p>
    </Page>
  );
}
