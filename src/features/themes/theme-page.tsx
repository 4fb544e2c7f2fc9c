import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { useToolkit } from '@/components/use-toolkit';
import { DIALOGMOEDE, isThemeId, THEME_IDS, type ThemeId } from '@/content/ids';
import { RunbookView } from './runbook-view';
import { ThemeContent } from './theme-content';
import { ThemeNotFound } from './theme-not-found';
import { ThemePager } from './theme-pager';
import './themes.css';

const RUNBOOK_HEADING_ID = 'drejebog';

function PlanMeetingCall({ themeId }: { themeId: ThemeId }) {
  const { t } = useTranslation('themes');
  return (
    <section className="plan-call" aria-labelledby="plan-call-heading">
      <h2 id="plan-call-heading" className="visually-hidden">
        {t('theme.planMeeting')}
      </h2>
      <p>{t('theme.planMeetingText')}</p>
      <Link href={`/moede/ny?runbook=${themeId}`} className="button">
        {t('theme.planMeeting')}
      </Link>
    </section>
  );
}

function ThemeView({ themeId }: { themeId: ThemeId }) {
  const { t } = useTranslation('themes');
  const toolkit = useToolkit();
  const theme = toolkit.themes[themeId];
  const index = THEME_IDS.indexOf(themeId);
  const previous = THEME_IDS[index - 1];
  const next = THEME_IDS[index + 1];
  return (
    <Page
      title={theme.title}
      kicker={t('theme.kicker', { number: index + 1, total: THEME_IDS.length })}
      className="theme-page"
      actions={
        <button
          type="button"
          className="button button-secondary"
          onClick={() => document.getElementById(RUNBOOK_HEADING_ID)?.focus()}
        >
          {t('theme.goToRunbook')}
        </button>
      }
    >
      <div className="theme-intro">
        <p className="theme-label">{t('theme.keyQuestion')}</p>
        <p className="theme-key-question">{theme.keyQuestion}</p>
        <p className="theme-label">{t('theme.summary')}</p>
        <p className="lead">{theme.summary}</p>
      </div>
      <ThemeContent theme={theme} />
      <RunbookView runbookId={themeId} runbook={toolkit.runbooks[themeId]} headingId={RUNBOOK_HEADING_ID} />
      <PlanMeetingCall themeId={themeId} />
      <ThemePager
        previous={previous ? { href: `/temaer/${previous}`, name: toolkit.themes[previous].name } : undefined}
        next={
          next
            ? { href: `/temaer/${next}`, name: toolkit.themes[next].name }
            : { href: `/temaer/${DIALOGMOEDE}`, name: toolkit.dialogmoede.title }
        }
      />
    </Page>
  );
}

export default function ThemePage() {
  const { themeId } = useParams<{ themeId: string }>();
  return isThemeId(themeId) ? <ThemeView themeId={themeId} /> : <ThemeNotFound themeId={themeId} />;
}
