import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '@/components/page';
import { useToolkit } from '@/components/use-toolkit';
import { DIALOGMOEDE, THEME_IDS } from '@/content/ids';
import { HANDLEPLAN_COLUMNS } from '@/content/structure';
import type { ToolkitText } from '@/content/types';
import { RunbookView } from './runbook-view';
import { ThemePager } from './theme-pager';
import './themes.css';

function TableThemes({ toolkit }: { toolkit: ToolkitText }) {
  const { t } = useTranslation('themes');
  return (
    <section className="theme-section" aria-labelledby="tables-heading">
      <h2 id="tables-heading">{t('dialogmoede.themesHeading')}</h2>
      <p>{t('dialogmoede.themesText')}</p>
      <ul className="theme-chips">
        {THEME_IDS.map((id) => (
          <li key={id}>
            <Link href={`/temaer/${id}`}>{toolkit.themes[id].name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Handleplan({ toolkit }: { toolkit: ToolkitText }) {
  const { t } = useTranslation('themes');
  const { handleplan, sixWeeks } = toolkit;
  return (
    <section className="theme-section" aria-labelledby="handleplan-heading">
      <h2 id="handleplan-heading">{handleplan.heading}</h2>
      <p>{handleplan.text}</p>
      <ol className="handleplan-columns">
        {HANDLEPLAN_COLUMNS.map((column) => (
          <li key={column}>{handleplan.columns[column]}</li>
        ))}
      </ol>
      <h3>{sixWeeks.heading}</h3>
      <p>{sixWeeks.checkInLeadIn}</p>
      <ul className="runbook-questions">
        {sixWeeks.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p>{sixWeeks.decision}</p>
      <Link href="/handleplan" className="button button-secondary">
        {t('dialogmoede.handleplanLink')}
      </Link>
    </section>
  );
}

export default function DialogmoedePage() {
  const { t } = useTranslation('themes');
  const toolkit = useToolkit();
  const lastTheme = THEME_IDS[THEME_IDS.length - 1];
  return (
    <Page title={toolkit.dialogmoede.title} kicker={t('dialogmoede.kicker')} className="theme-page">
      <p className="lead">{toolkit.dialogmoede.summary}</p>
      <TableThemes toolkit={toolkit} />
      <RunbookView runbookId={DIALOGMOEDE} runbook={toolkit.runbooks[DIALOGMOEDE]} headingId="drejebog" />
      <section className="plan-call" aria-labelledby="plan-call-heading">
        <h2 id="plan-call-heading" className="visually-hidden">
          {t('dialogmoede.planMeeting')}
        </h2>
        <p>{t('dialogmoede.planMeetingText')}</p>
        <Link href={`/moede/ny?runbook=${DIALOGMOEDE}`} className="button">
          {t('dialogmoede.planMeeting')}
        </Link>
      </section>
      <Handleplan toolkit={toolkit} />
      <ThemePager
        previous={
          lastTheme ? { href: `/temaer/${lastTheme}`, name: toolkit.themes[lastTheme].name } : undefined
        }
      />
    </Page>
  );
}
