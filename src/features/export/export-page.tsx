import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { Page } from '@/components/page';
import { TeamPicker } from '@/components/team-picker';
import { usePdfDownload } from '@/components/use-pdf-download';
import { isLanguage, LANGUAGES, type Language } from '@/i18n/languages';
import { todayIso } from '@/lib/clock';
import { currentWorkspace, useWorkspace } from '@/state/workspace-store';
import { CheckInCard } from './check-in-card';
import { HandleplanCard } from './handleplan-card';
import { InvitationCard } from './invitation-card';
import { ReportCard } from './report-card';
import './export.css';

/** `/eksport`: every document as a card for the chosen team, in the chosen language. */
export default function ExportPage() {
  const { t, i18n } = useTranslation('export');
  const teams = useWorkspace((s) => s.teams);
  const addTeam = useWorkspace((s) => s.addTeam);
  const [chosenTeam, setTeamId] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'da');
  const { run, message, busy } = usePdfDownload(language);

  const teamId = chosenTeam ?? teams[0]?.id ?? null;
  const card = {
    run,
    busy,
    today: todayIso(),
    // Read at click time, so the document shows the workspace as it is then.
    current: currentWorkspace,
  };

  return (
    <Page title={t('title')}>
      <p className="lead">{t('lead')}</p>
      {teams.length === 0 ? <p className="notice">{t('noTeams')}</p> : null}
      <TeamPicker teams={teams} selectedId={teamId} onSelect={setTeamId} onCreate={addTeam} />
      {teamId ? (
        <>
          <RadioGroup
            inline
            className="export-options"
            legend={t('language')}
            options={LANGUAGES}
            value={language}
            onChange={setLanguage}
            label={(code) => t(`languages.${code}`)}
          />
          {/* Keyed by team, so a choice made for one team is not carried to the next. */}
          <div className="card-grid export-grid" key={teamId}>
            <HandleplanCard teamId={teamId} {...card} />
            <InvitationCard teamId={teamId} {...card} />
            <ReportCard teamId={teamId} {...card} />
            <CheckInCard teamId={teamId} {...card} />
          </div>
        </>
      ) : null}
      <p className="export-status" role="status" aria-live="polite">
        {message}
      </p>
    </Page>
  );
}
