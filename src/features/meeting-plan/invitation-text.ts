import type { TFunction } from 'i18next';
import { DIALOGMOEDE } from '@/content/ids';
import type { ToolkitText } from '@/content/types';
import type { Agenda } from '@/domain/agenda';
import type { Meeting } from '@/domain/entities/meeting';
import { buildInvitation, type InvitationStep } from '@/domain/invitation';
import { formatMeetingDate, joinThemeNames, meetingTitle } from './meeting-text';

type Plan = Pick<Meeting, 'runbookId' | 'themeIds' | 'date' | 'place' | 'tovholdere' | 'decisionMode'>;

/** The invitation's subject line: "Invitation: Dialog om tillid". */
export function invitationSubject(plan: Plan, t: TFunction<'meeting'>, language: string): string {
  return t('invitation.subject', { title: meetingTitle(plan, t, language) });
}

/**
 * The invitation in the user's language: purpose, key question, facts and the programme with the
 * reflection questions (the theme's own, or each chosen theme's under the dialogmøde's group work).
 */
export function invitationText(
  plan: Plan,
  agenda: Agenda,
  toolkit: ToolkitText,
  t: TFunction<'meeting'>,
  language: string,
): string {
  const runbook = toolkit.runbooks[plan.runbookId];
  const steps: Record<string, InvitationStep> = {};
  for (const [id, text] of Object.entries(runbook.steps)) steps[id] = { title: text.title };

  const intro: string[] = [];
  if (plan.runbookId === DIALOGMOEDE) {
    intro.push(t('invitation.purposeDialog', { themes: joinThemeNames(plan.themeIds, t, language) }));
    const groupWork = steps.groupWork;
    if (groupWork) {
      groupWork.questionSets = plan.themeIds.map((id) => ({
        heading: toolkit.themes[id].name,
        questions: toolkit.runbooks[id].steps.reflection?.questions ?? [],
      }));
    }
  } else {
    const theme = toolkit.themes[plan.runbookId];
    intro.push(t('invitation.purposeTheme', { theme: joinThemeNames([plan.runbookId], t, language) }));
    intro.push(t('invitation.keyQuestion', { question: theme.keyQuestion }));
    for (const [id, text] of Object.entries(runbook.steps)) {
      const set = steps[id];
      if (set && text.questions?.length) set.questionSets = [{ questions: text.questions }];
    }
    intro.push(t(`invitation.decision${plan.decisionMode}`));
  }

  return buildInvitation({
    heading: invitationSubject(plan, t, language),
    intro,
    facts: [
      {
        label: t('invitation.when'),
        value: t('invitation.whenValue', {
          date: formatMeetingDate(plan.date, t, language),
          start: agenda.startTime,
          end: agenda.endTime,
        }),
      },
      { label: t('invitation.place'), value: plan.place },
      { label: t('invitation.tovholdere'), value: plan.tovholdere },
    ],
    programmeHeading: t('invitation.programme'),
    agenda,
    steps,
    formatMinutes: (count) => t('invitation.minutes', { count }),
    closing: [t('invitation.closing')],
  });
}
