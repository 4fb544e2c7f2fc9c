import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperFormatChoice } from '@/components/paper-format-choice';
import { useShallow } from 'zustand/react/shallow';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { PdfDownloadButton } from '@/components/pdf-download-button';
import { useToolkit } from '@/components/use-toolkit';
import { clock, todayIso } from '@/lib/clock';
import { currentWorkspace, useWorkspace } from '@/state/workspace-store';
import { AddExperimentForm } from './add-experiment-form';
import { PlanTable } from './plan-table';
import './handleplan.css';
import type { PaperFormat } from '@/domain/paper-forms';

/** The handleplan printed for the wall: A4 or an A3 poster, in one click. */
function PrintPlan({ teamId }: { teamId: string }) {
  const { t } = useTranslation('pdfDownload');
  const [format, setFormat] = useState<PaperFormat>('a4');
  return (
    <div className="hp-print">
      <PaperFormatChoice className="hp-print-format" value={format} onChange={setFormat} />
      <PdfDownloadButton
        label={t('handleplan')}
        name={t('handleplanName')}
        job={(pdf, resources) =>
          pdf.handleplanFile(currentWorkspace(), teamId, todayIso(clock.now()), resources, format)
        }
      />
    </div>
  );
}

export default function TeamPlanPage() {
  const { t } = useTranslation('handleplan');
  const toolkit = useToolkit();
  const { teamId = '' } = useParams<{ teamId: string }>();
  const team = useWorkspace((s) => s.teams.find((x) => x.id === teamId));
  const experiments = useWorkspace(useShallow((s) => s.experiments.filter((e) => e.teamId === teamId)));

  if (!team) {
    return (
      <Page title={t('overview.title')}>
        <p className="notice notice-warning">{t('plan.unknownTeam')}</p>
        <Link href="/handleplan">{t('plan.backToOverview')}</Link>
      </Page>
    );
  }

  const query = `?team=${encodeURIComponent(team.id)}`;
  return (
    <Page
      title={team.name}
      kicker={t('plan.kicker')}
      className="hp-page"
      actions={
        <>
          <Link className="button button-secondary" href={`/idebank${query}`}>
            {t('plan.fromIdeas')}
          </Link>
          <Link className="button button-secondary" href={`/forslag${query}`}>
            {t('plan.fromProposals')}
          </Link>
        </>
      }
    >
      <p className="lead">{toolkit.handleplan.text}</p>
      {experiments.length === 0 ? (
        <p className="notice">{t('plan.empty')}</p>
      ) : (
        <>
          <PlanTable teamName={team.name} experiments={experiments} />
          <PrintPlan teamId={team.id} />
        </>
      )}
      <AddExperimentForm teamId={team.id} />
      <p>
        <Link href="/handleplan">{t('plan.backToOverview')}</Link>
      </p>
    </Page>
  );
}
