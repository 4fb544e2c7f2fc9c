import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinQr } from '@/components/live/join-qr';
import { LiveStatusLine } from '@/components/live/live-status';
import { useLiveConfig } from '@/components/live/use-live-config';
import type { Meeting } from '@/domain/entities/meeting';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useLiveRoom } from '@/state/use-live-room';

/**
 * The projector's top corner while phones follow the meeting: the room's QR code and the live counts
 * (joined, proposals waiting, votes cast) beside the view's own buttons (`children`), in the heading's
 * row, so the step and the clock below keep all their room. Never a word a phone sent: a proposal
 * reaches the projector only once the facilitator has put it on the board.
 */
export function PresenterPhones({
  meeting,
  title,
  children,
}: {
  meeting: Meeting;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('liveMeeting');
  const setup = useLiveConfig();
  const live = meeting.livePhones === true;
  const { linked } = useLiveRoom(
    { kind: 'meeting', meetingId: meeting.id, title },
    live,
    setup.kind === 'ready' ? setup.config : null,
  );
  const joinUrl = useMeetingLiveLink((s) => s.joinUrl);
  const status = useMeetingLiveLink((s) => s.status);
  const phones = useMeetingLiveLink((s) => s.phones);
  const waiting = useMeetingLiveLink((s) => s.inbox.length);
  const votes = useMeetingLiveLink((s) => s.votesCast);
  if (!live || !linked || !joinUrl) return children;
  const lost = status?.kind === 'offline' || status?.kind === 'refused';
  return (
    <div className="presenter-head-side">
      {children}
      <section className="presenter-phones" aria-label={t('projector.join')}>
        <div className="presenter-phones-text">
          <p className="presenter-phones-lead">{t('projector.join')}</p>
          <ul className="presenter-phones-counts" aria-live="polite">
            <li>{t('counts.phones', { count: phones })}</li>
            <li>{t('counts.waiting', { count: waiting })}</li>
            <li>{t('counts.votes', { count: votes })}</li>
          </ul>
          {lost ? <LiveStatusLine status={status} /> : null}
        </div>
        <JoinQr address={joinUrl} label={t('panel.qrLabel')} className="join-qr presenter-phones-qr" />
      </section>
    </div>
  );
}
