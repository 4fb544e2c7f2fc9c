import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinLink } from '@/components/live/join-qr';
import { LiveStatusLine } from '@/components/live/live-status';
import { useLiveConfig } from '@/components/live/use-live-config';
import type { CheckInWeek } from '@/content/ids';
import type { Experiment } from '@/domain/entities/experiment';
import { forgetRoomSecrets } from '@/state/live-room-secrets';
import { liveTargetKey, useMeetingLiveLink, type LiveTarget } from '@/state/meeting-live-link';
import { useLiveRoom } from '@/state/use-live-room';
import { useWorkspace } from '@/state/workspace-store';

/**
 * A stop op answered from phones: opens a room for this check-in, shows its QR code, how many phones
 * are in and how many have answered, and closes it. The answers land in the check-in (each question's
 * apart), the phones' re-score on the before/after line. Without a relay it shows nothing: the stop op
 * is typed in as always.
 */
export function CheckInPhones({ experiment, week }: { experiment: Experiment; week: CheckInWeek }) {
  const { t } = useTranslation('liveMeeting');
  const headingId = useId();
  const setup = useLiveConfig();
  const target: LiveTarget = { kind: 'stopOp', experimentId: experiment.id };
  const live = experiment.liveCheckIn;
  const mine = live?.week === week;
  const { hasKeys, linked } = useLiveRoom(target, mine, setup.kind === 'ready' ? setup.config : null);
  const link = useMeetingLiveLink();
  const setLiveCheckIn = useWorkspace((s) => s.setLiveCheckIn);
  const [starting, setStarting] = useState(false);
  const answers = experiment.checkIns.find((c) => c.week === week)?.phoneAnswers?.length ?? 0;

  // One stop op at a time is open for phones; the other week's section says nothing about phones.
  if (setup.kind !== 'ready' || (live && !mine)) return null;

  async function start() {
    if (setup.kind !== 'ready') return;
    setStarting(true);
    forgetRoomSecrets(liveTargetKey(target));
    setLiveCheckIn(experiment.id, { week, phase: 'open' });
    await link.connect(target, setup.config);
    setStarting(false);
  }

  let body;
  if (!mine || !hasKeys) {
    body = (
      <>
        {mine ? <p className="notice notice-warning">{t('panel.noKeys')}</p> : null}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void start()}
          disabled={starting}
        >
          {starting ? t('panel.starting') : mine ? t('panel.restart') : t('stopOp.start')}
        </button>
      </>
    );
  } else {
    const open = live?.phase === 'open';
    body = (
      <>
        {linked && link.joinUrl && open ? (
          <JoinLink
            address={link.joinUrl}
            qrLabel={t('stopOp.qrLabel')}
            addressLabel={t('panel.addressLabel')}
            className="hp-phones-join"
            qrClassName="join-qr hp-phones-qr"
          />
        ) : null}
        <LiveStatusLine status={linked ? link.status : null} />
        <p className="hp-phones-counts" aria-live="polite">
          <span>{t('counts.phones', { count: linked ? link.phones : 0 })}</span>
          <span>{t('stopOp.answers', { count: answers })}</span>
        </p>
        <p>{open ? t('stopOp.isOpen') : t('stopOp.isClosed')}</p>
        <p className="hp-phones-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setLiveCheckIn(experiment.id, { week, phase: open ? 'closed' : 'open' })}
          >
            {open ? t('stopOp.close') : t('stopOp.reopen')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void link.end(target)}
          >
            {t('stopOp.end')}
          </button>
        </p>
      </>
    );
  }

  return (
    <section className="hp-phones" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('stopOp.heading')}</h4>
      <p className="muted">{t('stopOp.lead')}</p>
      {body}
    </section>
  );
}
