import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { Link, useLocation, useSearch } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { useToolkit } from '@/components/use-toolkit';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { countAnswersPerTheme } from '@/domain/scores';
import { todayIso } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { Field } from '@/components/field';
import { RoundCompare } from './round-compare';
import { useFormat } from './use-format';
import './assessment.css';

/** Start page of the vurderingsskema: choose the team, see its rounds, start one, compare two. */
export default function AssessmentPage() {
  const { t } = useTranslation('assessment');
  const toolkit = useToolkit();
  const teams = useWorkspace((s) => s.teams);
  const addTeam = useWorkspace((s) => s.addTeam);
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryTeam = new URLSearchParams(search).get('team');
  const onlyTeam = teams.length === 1 ? (teams[0]?.id ?? null) : null;
  const teamId = teams.some((team) => team.id === queryTeam) ? queryTeam : onlyTeam;
  const team = teams.find((candidate) => candidate.id === teamId);

  return (
    <Page title={toolkit.vurderingsskema.heading} kicker={toolkit.vurderingsskema.question}>
      <p className="lead">{t('list.lead')}</p>
      <div className="assessment-purpose">
        <p>{toolkit.vurderingsskema.purpose}</p>
        <p>{toolkit.vurderingsskema.guidance[0]}</p>
      </div>
      <section className="assessment-team" aria-labelledby="assessment-team-heading">
        <h2 id="assessment-team-heading">{t('list.teamHeading')}</h2>
        <TeamPicker
          teams={teams}
          selectedId={teamId}
          onSelect={(id) => navigate(`/vurdering?team=${encodeURIComponent(id)}`, { replace: true })}
          onCreate={addTeam}
        />
      </section>
      {team ? <TeamRounds teamId={team.id} teamName={team.name} /> : null}
    </Page>
  );
}

function TeamRounds({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const rounds = useWorkspace(
    useShallow((s) =>
      s.assessments.filter((round) => round.teamId === teamId).sort((a, b) => a.date.localeCompare(b.date)),
    ),
  );
  const deleteRound = useWorkspace((s) => s.deleteRound);
  const roundName = (round: AssessmentRound) =>
    round.label ? `${round.label} (${format.date(round.date)})` : format.date(round.date);

  function remove(round: AssessmentRound) {
    const restore = deleteRound(round.id);
    useUndo.getState().offerUndo(t('list.deleted', { round: roundName(round) }), restore);
  }

  return (
    <>
      <section aria-labelledby="assessment-rounds-heading">
        <h2 id="assessment-rounds-heading">{t('list.roundsHeading', { team: teamName })}</h2>
        {rounds.length === 0 ? <p>{t('list.noRounds', { team: teamName })}</p> : null}
        <ul className="round-list">
          {rounds.map((round) => (
            <li key={round.id} className="card round-card">
              <h3>{roundName(round)}</h3>
              <p className="muted">
                <AnswerCountText round={round} />
              </p>
              <div className="page-actions">
                <Link
                  href={`/vurdering/${round.id}`}
                  className="button button-small"
                  aria-label={t('list.openLabel', { round: roundName(round) })}
                >
                  {t('list.open')}
                </Link>
                <Link
                  href={`/vurdering/${round.id}/resultat`}
                  className="button button-secondary button-small"
                  aria-label={t('list.resultLabel', { round: roundName(round) })}
                >
                  {t('list.result')}
                </Link>
                <button
                  type="button"
                  className="button button-danger button-small"
                  aria-label={t('list.deleteLabel', { round: roundName(round) })}
                  onClick={() => remove(round)}
                >
                  {t('list.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <NewRound teamId={teamId} />
      <RoundCompare rounds={rounds} roundName={roundName} />
    </>
  );
}

function NewRound({ teamId }: { teamId: string }) {
  const { t } = useTranslation('assessment');
  const addRound = useWorkspace((s) => s.addRound);
  const [, navigate] = useLocation();
  const [date, setDate] = useState(() => todayIso());
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setError(t('list.dateRequired'));
      return;
    }
    navigate(`/vurdering/${addRound(teamId, date, label)}`);
  }

  return (
    <section className="card new-round" aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">{t('list.newHeading')}</h2>
      <p className="muted">{t('list.newHint')}</p>
      <form onSubmit={submit} noValidate className="new-round-form">
        <DateField label={t('list.date')} value={date} onChange={setDate} error={error} />
        <Field label={t('list.label')} hint={t('list.labelHint')} hintPlacement="below">
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={200}
              value={label}
              onChange={(event) => setLabel(event.target.value)}
            />
          )}
        </Field>
        <div className="page-actions">
          <button type="submit" className="button">
            {t('list.start')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A round's answer count for its card: one number, or the range when the themes differ. */
function AnswerCountText({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('assessment');
  const answers = countAnswersPerTheme(round.responses, round.tally);
  return answers.kind === 'same'
    ? t('list.answers', { count: answers.count })
    : t('list.answersPerTheme', { min: answers.min, max: answers.max });
}
