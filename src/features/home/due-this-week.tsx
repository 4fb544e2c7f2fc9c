import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dueStops } from '@/domain/experiment-status';
import { isoWeek } from '@/domain/iso-week';
import { isLanguage, LOCALES } from '@/i18n/languages';
import { todayIso } from '@/lib/clock';
import { formatIsoDate } from '@/lib/dates';
import { useWorkspace } from '@/state/workspace-store';
import { DueFrame } from './due-frame';

/**
 * "Denne uge": the experiments' check-ins and decisions due this week or overdue. Loaded with the
 * workspace, after the home screen is drawn (see home-page.tsx).
 */
export default function DueThisWeek() {
  const { t, i18n } = useTranslation('home');
  const experiments = useWorkspace((s) => s.experiments);
  const teams = useWorkspace((s) => s.teams);
  if (experiments.length === 0) {
    return (
      <DueFrame>
        <p className="muted">{t('due.noExperiments')}</p>
      </DueFrame>
    );
  }
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'da'];
  const due = dueStops(experiments, todayIso());

  return (
    <DueFrame>
      {due.length === 0 ? (
        <p>{t('due.none')}</p>
      ) : (
        <ul className="link-list">
          {due.map(({ experiment, stop }) => (
            <li key={`${experiment.id}-${stop.kind}`}>
              <Link href={`/handleplan/forsoeg/${experiment.id}`}>
                {t(`due.${stop.kind}`)}: {experiment.hvad}
              </Link>{' '}
              <span className="muted">
                {t('due.when', {
                  team: teams.find((team) => team.id === experiment.teamId)?.name ?? '',
                  date: formatIsoDate(stop.date, locale, { weekday: 'long', year: undefined }),
                  week: isoWeek(stop.date).week,
                })}
              </span>{' '}
              <strong className={stop.state === 'overdue' ? 'home-due-overdue' : undefined}>
                {t(`due.${stop.state}`)}
              </strong>
            </li>
          ))}
        </ul>
      )}
    </DueFrame>
  );
}
