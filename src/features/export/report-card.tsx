import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { periodIsValid, selectReport, selectionIsEmpty } from '@/export/pdf/report-scope';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import type { ExportCardProps } from './export-card';

/**
 * The full report of the team: its whole history, or a period from one date to another (both days
 * included, either end may be left open). A period that ends before it starts, or holds nothing, is
 * said so here, before anything is built.
 */
export function ReportCard({ teamId, run, busy, today, current }: ExportCardProps) {
  const { t } = useTranslation('export');
  const ids = { from: useId(), to: useId(), hint: useId(), problem: useId() };
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const teamName = useWorkspace((s) => s.teams.find((team) => team.id === teamId)?.name ?? '');
  const assessments = useWorkspace((s) => s.assessments);
  const meetings = useWorkspace((s) => s.meetings);
  const experiments = useWorkspace((s) => s.experiments);
  const proposals = useWorkspace((s) => s.proposals);
  const records = {
    teams: [],
    assessments,
    meetings,
    experiments,
    proposals,
    proposalGroups: [],
    handovers: [],
  };
  const period = { from: from || null, to: to || null };
  const hasPeriod = Boolean(from || to);
  const valid = periodIsValid(period);
  const empty = valid && hasPeriod && selectionIsEmpty(selectReport(records, teamId, { period }));
  const problem = !valid ? t('report.invalid') : empty ? t('report.nothingInPeriod', { team: teamName }) : '';

  if (selectionIsEmpty(selectReport(records, teamId))) {
    return (
      <section className="card" aria-labelledby="export-report">
        <h2 id="export-report">{t('report.title')}</h2>
        <p>{t('report.text')}</p>
        <p className="notice">
          {t('report.empty')} <Link href="/vurdering">{t('report.emptyLink')}</Link>
        </p>
      </section>
    );
  }

  const describedBy = problem ? `${ids.hint} ${ids.problem}` : ids.hint;
  return (
    <section className="card" aria-labelledby="export-report">
      <h2 id="export-report">{t('report.title')}</h2>
      <p>{t('report.text')}</p>
      <fieldset className="export-options export-period">
        <legend>{t('report.period')}</legend>
        <p className="muted" id={ids.hint}>
          {t('report.periodHint')}
        </p>
        <div className="field">
          <label htmlFor={ids.from}>{t('report.from')}</label>
          <input
            id={ids.from}
            type="date"
            value={from}
            aria-describedby={describedBy}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('report.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={to}
            min={from || undefined}
            aria-invalid={!valid}
            aria-describedby={describedBy}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
      </fieldset>
      <div role="alert">
        {problem ? (
          <p className="field-error" id={ids.problem}>
            {problem}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        className="button"
        disabled={busy || problem !== ''}
        onClick={() =>
          void run(t('report.title'), (pdf, resources) =>
            pdf.reportFile(current(), teamId, { today, nowMs: clock.now(), period }, resources),
          )
        }
      >
        {t('report.download')}
      </button>
    </section>
  );
}
