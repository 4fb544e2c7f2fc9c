import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useLiveLink } from '@/state/live-link';
import { forgetRoomSecrets } from '@/state/live-room-secrets';
import { useWorkspace } from '@/state/workspace-store';
import { JoinLink } from '@/components/live/join-qr';
import { LiveStatusLine } from '@/components/live/live-status';
import { useLiveConfig } from '@/components/live/use-live-config';
import { useRoundLiveLink } from './use-round-live-link';
import './live.css';

/** Collect the round's answers from the participants' phones through the workplace's relay. */
export function LiveEntry({ round }: { round: AssessmentRound }) {
  const { t } = useTranslation('live');
  const headingId = useId();
  const setup = useLiveConfig();
  const { hasKeys } = useRoundLiveLink(round, setup);
  const link = useLiveLink();
  const setLivePhase = useWorkspace((s) => s.setLivePhase);
  const [starting, setStarting] = useState(false);
  const linked = link.roundId === round.id;
  const answers = round.responses.filter((response) => response.source === 'live').length;

  async function start() {
    if (setup.kind !== 'ready') return;
    setStarting(true);
    forgetRoomSecrets(round.id);
    setLivePhase(round.id, 'open');
    await link.connect(round.id, setup.config);
    setStarting(false);
  }

  let body;
  if (setup.kind === 'checking') {
    body = <p className="muted">{t('checking')}</p>;
  } else if (setup.kind === 'missing') {
    body = (
      <div className="notice">
        <h4>{t('notSetUp.heading')}</h4>
        <p>{t('notSetUp.text')}</p>
        <p>{t('notSetUp.laptop')}</p>
        <p>{t('notSetUp.it')}</p>
        <p>{t('notSetUp.others')}</p>
      </div>
    );
  } else if (!round.livePhase || !hasKeys) {
    body = (
      <>
        {round.livePhase ? <p className="notice notice-warning">{t('noKeys')}</p> : null}
        <button type="button" className="button" onClick={() => void start()} disabled={starting}>
          {starting ? t('starting') : round.livePhase ? t('restart') : t('start')}
        </button>
      </>
    );
  } else {
    body = (
      <div className="live-room">
        {linked && link.joinUrl ? (
          <JoinLink
            address={link.joinUrl}
            qrLabel={t('qrLabel')}
            addressLabel={t('addressLabel')}
            className="live-join"
          />
        ) : null}
        <div className="live-controls">
          <LiveStatusLine status={linked ? link.status : null} />
          <p className="live-counts" aria-live="polite">
            <span>{t('phones', { count: linked ? link.phones : 0 })}</span>
            <span>{t('answers', { count: answers })}</span>
          </p>
          <p>{t(`phase.${round.livePhase}`)}</p>
          <div className="page-actions">
            {round.livePhase === 'open' ? (
              <button type="button" className="button" onClick={() => setLivePhase(round.id, 'closed')}>
                {t('close')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setLivePhase(round.id, 'open')}
              >
                {t('reopen')}
              </button>
            )}
            {round.livePhase === 'closed' ? (
              <button type="button" className="button" onClick={() => setLivePhase(round.id, 'revealed')}>
                {t('reveal')}
              </button>
            ) : null}
            {round.livePhase === 'revealed' ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setLivePhase(round.id, 'closed')}
              >
                {t('hide')}
              </button>
            ) : null}
            <Link href={`/vurdering/${round.id}/telefoner`} className="button button-secondary">
              {t('present')}
            </Link>
          </div>
          <p className="muted">{t('endHint')}</p>
          <button type="button" className="button button-danger" onClick={() => void link.end(round.id)}>
            {t('end')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <section className="card live-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading')}</h3>
      <p>{t('lead')}</p>
      <p className="muted">{t('privacy')}</p>
      {body}
    </section>
  );
}
