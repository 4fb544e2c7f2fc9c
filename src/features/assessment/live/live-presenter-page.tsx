import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { Page } from '@/components/page';
import { usePresentingBody } from '@/components/use-presenting-body';
import { useToolkit } from '@/components/use-toolkit';
import { THEME_IDS } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { MIN_ANSWERS_FOR_DETAIL, summarizeRound } from '@/domain/scores';
import { useLiveLink } from '@/state/live-link';
import { DistributionBars } from '../distribution-bars';
import { JoinQr } from '@/components/live/join-qr';
import { LiveStatusLine } from '@/components/live/live-status';
import { useLiveConfig, type LiveSetup } from '@/components/live/use-live-config';
import { useRound } from '@/state/selectors';
import { useRoundLiveLink } from './use-round-live-link';
import './live.css';
import '../assessment.css';

/** The room's screen while phones answer: a large QR code, the address and the counts; then the result. */
export default function LivePresenterPage() {
  const { t } = useTranslation('live');
  const { roundId = '' } = useParams<{ roundId: string }>();
  const round = useRound(roundId);
  const setup = useLiveConfig();
  usePresentingBody();

  const back = (
    <Link href={`/vurdering/${roundId}`} className="button button-secondary button-small">
      {t('presenter.back')}
    </Link>
  );
  if (!round?.livePhase) {
    return (
      <Page title={t('presenter.title')} actions={back} className="live-presenter">
        <p className="live-presenter-lead">{t('presenter.notLive')}</p>
      </Page>
    );
  }
  return <LiveRoomScreen round={round} setup={setup} back={back} />;
}

function LiveRoomScreen({
  round,
  setup,
  back,
}: {
  round: AssessmentRound;
  setup: LiveSetup;
  back: ReactNode;
}) {
  const { t } = useTranslation('live');
  const { t: tc } = useTranslation();
  useRoundLiveLink(round, setup);
  const skema = useToolkit().vurderingsskema;
  const link = useLiveLink();
  const linked = link.roundId === round.id;
  const answers = round.responses.filter((response) => response.source === 'live').length;
  const revealed = round.livePhase === 'revealed';
  const summaries = revealed ? summarizeRound(round.responses, round.tally) : [];

  return (
    <Page
      title={revealed ? t('presenter.distributionHeading') : t('presenter.title')}
      kicker={round.label || undefined}
      actions={back}
      className="live-presenter"
    >
      {revealed ? (
        <section aria-label={t('presenter.distributionHeading')} className="live-presenter-result">
          <p className="live-presenter-scale">
            {t('presenter.scale', { low: skema.scaleLow, high: skema.scaleHigh })}
          </p>
          <div className="live-presenter-grid">
            {THEME_IDS.map((id) => {
              const summary = summaries.find((s) => s.themeId === id);
              const name = tc(`themeNames.${id}`);
              return (
                <div key={id} className="live-presenter-theme">
                  <h3>{name}</h3>
                  {summary && summary.n >= MIN_ANSWERS_FOR_DETAIL ? (
                    <DistributionBars
                      counts={summary.counts}
                      label={t('presenter.distributionFor', { theme: name })}
                    />
                  ) : (
                    <p className="muted">{t('presenter.tooFew')}</p>
                  )}
                </div>
              );
            })}
          </div>
        </section>
      ) : (
        <div className="live-presenter-join">
          {linked && link.joinUrl ? (
            <JoinQr address={link.joinUrl} label={t('qrLabel')} className="join-qr join-qr-large" />
          ) : null}
          <div className="live-presenter-side">
            {round.livePhase === 'open' ? (
              <p className="live-presenter-lead">{t('presenter.lead', { instruction: skema.instruction })}</p>
            ) : (
              <p className="live-presenter-lead">{t('presenter.closed')}</p>
            )}
            {linked && link.joinUrl ? (
              <p className="live-presenter-address">
                {t('addressLabel')} <a href={link.joinUrl}>{link.joinUrl}</a>
              </p>
            ) : null}
            <p className="live-presenter-counts" aria-live="polite">
              <span>{t('phones', { count: linked ? link.phones : 0 })}</span>
              <span>{t('answers', { count: answers })}</span>
            </p>
            <LiveStatusLine status={linked ? link.status : null} />
          </div>
        </div>
      )}
    </Page>
  );
}
