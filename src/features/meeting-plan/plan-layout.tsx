import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolkit } from '@/components/use-toolkit';
import type { AdvicePatch } from '@/domain/agenda-advice';
import type { MeetingPlanDraft } from '@/domain/meeting-plan';
import { useWorkspace } from '@/state/workspace-store';
import { AgendaFit } from './agenda-fit';
import { AgendaTable } from './agenda-table';
import { PlanForm } from './plan-form';
import type { PlanEditor } from './use-plan-editor';
import './meeting-plan.css';

interface PlanLayoutProps {
  editor: PlanEditor;
  onChange: (patch: Partial<MeetingPlanDraft>) => void;
  onStepMinutes: (stepId: string, minutes: number | null) => void;
  onApplyAdvice: (patch: AdvicePatch) => void;
  /** Under the form: the save button of a new plan, or the "saved as you type" note. */
  formFooter: ReactNode;
}

/** The plan on the left and its agenda on the right (stacked on a phone). */
export function PlanLayout({ editor, onChange, onStepMinutes, onApplyAdvice, formFooter }: PlanLayoutProps) {
  const { t } = useTranslation('meeting');
  const toolkit = useToolkit();
  const teams = useWorkspace((s) => s.teams);
  const addTeam = useWorkspace((s) => s.addTeam);

  return (
    <div className="plan-layout">
      <section className="card plan-layout-form" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('form.planHeading')}</h2>
        <PlanForm
          draft={editor.draft}
          errors={editor.visibleErrors}
          onChange={onChange}
          teams={teams}
          onCreateTeam={addTeam}
          suggestedGroups={editor.suggestedGroups}
        />
        {formFooter}
      </section>
      <section className="card plan-layout-agenda" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('agenda.heading')}</h2>
        <p className="muted">{toolkit.runbooks[editor.draft.runbookId].title}</p>
        <AgendaTable
          agenda={editor.agenda}
          runbook={toolkit.runbooks[editor.draft.runbookId]}
          onStepMinutes={onStepMinutes}
        />
        <AgendaFit
          agenda={editor.agenda}
          availableMinutes={editor.availableMinutes}
          advice={editor.advice}
          onApply={onApplyAdvice}
        />
      </section>
    </div>
  );
}
