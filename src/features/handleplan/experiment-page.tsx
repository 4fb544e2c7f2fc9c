import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { PdfDownloadButton } from '@/components/pdf-download-button';
import { useToolkit } from '@/components/use-toolkit';
import { experimentStatus } from '@/domain/experiment-status';
import { CHECK_IN_WEEKS } from '@/content/ids';
import { todayIso } from '@/lib/clock';
import { currentWorkspace } from '@/state/workspace-store';
import { useExperiment, useTeam } from '@/state/selectors';
import { AdjustmentsSection } from './adjustments-section';
import { CalendarButton } from './calendar-button';
import { CheckInSection } from './check-in-section';
import { DecisionSection } from './decision-section';
import { EarlierPeriods } from './earlier-periods';
import { PlanFields } from './plan-fields';
import { ScheduleSection } from './schedule-section';
import { ScoreLine } from './score-line';
import { StatusBadge } from './status-badge';
import './handleplan.css';

/** The printable stop op sheets, one per check-in, to fill in by hand at the meeting. */
function CheckInSheets({ experimentId }: { experimentId: string }) {
  const { t } = useTranslation('pdfDownload');
  return (
    <section className="hp-print" aria-labelledby="hp-print-h">
      <h3 id="hp-print-h">{t('checkInHeading')}</h3>
      <div className="hp-print-buttons">
        {CHECK_IN_WEEKS.map((week) => (
          <PdfDownloadButton
            key={week}
            className="button button-secondary"
            label={t('checkIn', { week })}
            name={t('checkInName', { week })}
            job={(pdf, resources) => pdf.checkInFile(currentWorkspace(), experimentId, week, resources)}
          />
        ))}
      </div>
    </section>
  );
}

export default function ExperimentPage() {
  const { t } = useTranslation('handleplan');
  const toolkit = useToolkit();
  const { experimentId = '' } = useParams<{ experimentId: string }>();
  const experiment = useExperiment(experimentId);
  const team = useTeam(experiment?.teamId);

  if (!experiment) {
    return (
      <Page title={t('overview.title')}>
        <p className="notice notice-warning">{t('experiment.notFound')}</p>
        <Link href="/handleplan">{t('plan.backToOverview')}</Link>
      </Page>
    );
  }

  const teamName = team?.name ?? '';
  return (
    <Page
      title={experiment.hvad || t('plan.untitled')}
      kicker={t('experiment.kicker', { team: teamName })}
      className="hp-page"
      actions={<CalendarButton experiment={experiment} teamName={teamName} />}
    >
      <p className="hp-status-line">
        <StatusBadge status={experimentStatus(experiment, todayIso())} />{' '}
        <Link href={`/handleplan/${experiment.teamId}`}>
          {t('experiment.backToPlan', { team: teamName })}
        </Link>
      </p>
      <div className="hp-experiment-grid">
        <div className="hp-column">
          <ScheduleSection key={experiment.startDate} experiment={experiment} />
          <section aria-labelledby="hp-stops-h">
            <h2 id="hp-stops-h">{t('experiment.stopHeading')}</h2>
            <p className="muted">{toolkit.sixWeeks.checkInLeadIn}</p>
            {CHECK_IN_WEEKS.map((week) => (
              <CheckInSection key={`${week}-${experiment.startDate}`} experiment={experiment} week={week} />
            ))}
            <CheckInSheets experimentId={experiment.id} />
          </section>
          <DecisionSection key={`decision-${experiment.startDate}`} experiment={experiment} />
          <EarlierPeriods experiment={experiment} />
        </div>
        <div className="hp-column">
          <PlanFields experiment={experiment} />
          <AdjustmentsSection experiment={experiment} />
          <ScoreLine experiment={experiment} />
        </div>
      </div>
    </Page>
  );
}
