import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { PdfDownloadButton } from '@/components/pdf-download-button';
import { DIALOGMOEDE } from '@/content/ids';
import { useToolkit } from '@/components/use-toolkit';
import { suggestedGroups } from '@/domain/agenda';
import type { AdvicePatch } from '@/domain/agenda-advice';
import type { Meeting } from '@/domain/entities/meeting';
import { draftFromMeeting, type MeetingPlanDraft } from '@/domain/meeting-plan';
import { currentWorkspace, useWorkspace } from '@/state/workspace-store';
import { useMeeting, useTeam } from '@/state/selectors';
import { BeforeChecklist } from './before-checklist';
import { InvitationPanel } from './invitation-panel';
import { invitationSubject, invitationText } from './invitation-text';
import { formatMeetingDate, meetingTitle } from './meeting-text';
import { PlanLayout } from './plan-layout';
import { usePlanEditor } from './use-plan-editor';

/** `/moede/:meetingId`: the plan, editable and saved as typed, with før mødet and the invitation. */
export default function MeetingPage() {
  const { t } = useTranslation('meeting');
  const { meetingId } = useParams<{ meetingId: string }>();
  const meeting = useMeeting(meetingId);
  if (!meeting) {
    return (
      <Page title={t('title.dialogmoedeNoThemes')}>
        <div className="notice notice-warning">
          <p>{t('detail.notFound')}</p>
          <Link href="/moede">{t('detail.backToList')}</Link>
        </div>
      </Page>
    );
  }
  // Keyed by id, so the form starts afresh when another meeting opens on the same screen.
  return <MeetingPlan key={meeting.id} meeting={meeting} />;
}

function MeetingPlan({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation(['meeting', 'pdfDownload']);
  const toolkit = useToolkit();
  const teamName = useTeam(meeting.teamId)?.name;
  const updateMeeting = useWorkspace((s) => s.updateMeeting);
  const setStepMinutes = useWorkspace((s) => s.setStepMinutes);
  const replaceStepMinutes = useWorkspace((s) => s.replaceStepMinutes);
  const setChecklistItem = useWorkspace((s) => s.setChecklistItem);
  const editor = usePlanEditor(
    draftFromMeeting(meeting),
    meeting,
    meeting.stepMinutes,
    meeting.runbookId === DIALOGMOEDE &&
      meeting.groups !== suggestedGroups(meeting.participants, meeting.themeIds.length),
  );

  function change(patch: Partial<MeetingPlanDraft>) {
    // Every valid field is stored at once; a field with an error keeps its last good value.
    updateMeeting(meeting.id, editor.change(patch).values);
  }

  function applyAdvice(patch: AdvicePatch) {
    if (patch.stepMinutes) replaceStepMinutes(meeting.id, patch.stepMinutes);
    change(editor.draftPatchOf(patch));
  }

  const language = i18n.language;
  const title = meetingTitle(meeting, t, language);
  const runbook = toolkit.runbooks[meeting.runbookId];
  const kicker = t('detail.teamAndDate', {
    team: teamName ?? t('list.unknownTeam'),
    date: formatMeetingDate(meeting.date, t, language),
  });

  return (
    <Page
      title={title}
      kicker={kicker}
      actions={
        <>
          <Link href={`/moede/${meeting.id}/koer`} className="button button-start">
            {t('detail.start')}
          </Link>
          <Link href={`/moede/${meeting.id}/praesentation`} className="button button-secondary">
            {t('detail.present')}
          </Link>
        </>
      }
    >
      <PlanLayout
        editor={editor}
        onChange={change}
        onStepMinutes={(stepId, minutes) => setStepMinutes(meeting.id, stepId, minutes)}
        onApplyAdvice={applyAdvice}
        formFooter={<p className="muted plan-saved">{t('form.saved')}</p>}
      />
      <div className="plan-after">
        <BeforeChecklist
          heading={runbook.beforeHeading}
          items={runbook.before}
          checked={meeting.checklist}
          onToggle={(index, done) => setChecklistItem(meeting.id, index, done)}
        />
        <InvitationPanel
          subject={invitationSubject(meeting, t, language)}
          text={invitationText(meeting, editor.agenda, toolkit, t, language)}
          more={
            <>
              <PdfDownloadButton
                className="button button-secondary"
                label={t('invitation', { ns: 'pdfDownload' })}
                name={t('invitationName', { ns: 'pdfDownload' })}
                job={(pdf, resources) => pdf.invitationFile(currentWorkspace(), meeting.id, resources)}
              />
              {meeting.runbookId === DIALOGMOEDE && meeting.themeIds.length > 0 ? (
                <PdfDownloadButton
                  className="button button-secondary"
                  label={t('tableSheets', { ns: 'pdfDownload' })}
                  name={t('tableSheetsName', { ns: 'pdfDownload' })}
                  job={(pdf, resources) => pdf.tableSheetsFile(currentWorkspace(), meeting.id, resources)}
                />
              ) : null}
            </>
          }
        />
      </div>
    </Page>
  );
}
