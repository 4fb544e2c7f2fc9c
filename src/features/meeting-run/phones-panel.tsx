import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinLink } from '@/components/live/join-qr';
import { LiveStatusLine } from '@/components/live/live-status';
import { useLiveConfig } from '@/components/live/use-live-config';
import type { Meeting } from '@/domain/entities/meeting';
import { isLanguage } from '@/i18n/languages';
import { boardProposals } from '@/domain/proposals';
import { forgetRoomSecrets } from '@/state/live-room-secrets';
import type { PhoneProposal } from '@/state/live-meeting-slice';
import { liveTargetKey, useMeetingLiveLink, type LiveTarget } from '@/state/meeting-live-link';
import { useLiveRoom } from '@/state/use-live-room';
import { useWorkspace } from '@/state/workspace-store';

/** The run page's "Telefoner": start phones for the meeting, its QR code, the live counts and the inbox. */
export function PhonesPanel({ meeting, title }: { meeting: Meeting; title: string }) {
  const { t, i18n } = useTranslation('liveMeeting');
  const headingId = useId();
  const setup = useLiveConfig();
  const target: LiveTarget = { kind: 'meeting', meetingId: meeting.id, title };
  const live = meeting.livePhones === true;
  const { hasKeys, linked } = useLiveRoom(target, live, setup.kind === 'ready' ? setup.config : null);
  const link = useMeetingLiveLink();
  const setMeetingPhones = useWorkspace((s) => s.setMeetingPhones);
  const [starting, setStarting] = useState(false);

  async function start() {
    if (setup.kind !== 'ready') return;
    setStarting(true);
    forgetRoomSecrets(liveTargetKey(target));
    setMeetingPhones(meeting.id, true);
    // The steps' words on the phones are the toolkit's in the language the facilitator runs the app in.
    await link.connect(target, setup.config, isLanguage(i18n.language) ? i18n.language : 'da');
    setStarting(false);
  }

  let body;
  if (setup.kind === 'checking') body = null;
  else if (setup.kind === 'missing') body = <p className="muted">{t('panel.notSetUp')}</p>;
  else if (!live || !hasKeys) {
    body = (
      <>
        {live ? <p className="notice notice-warning">{t('panel.noKeys')}</p> : null}
        <button type="button" className="button" onClick={() => void start()} disabled={starting}>
          {starting ? t('panel.starting') : live ? t('panel.restart') : t('panel.start')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        {linked && link.joinUrl ? (
          <JoinLink
            address={link.joinUrl}
            qrLabel={t('panel.qrLabel')}
            addressLabel={t('panel.addressLabel')}
            className="phones-join"
            qrClassName="join-qr phones-qr"
          />
        ) : null}
        <LiveStatusLine status={linked ? link.status : null} />
        <PhoneCounts />
        <Inbox meeting={meeting} />
        <p className="muted">{t('panel.endHint')}</p>
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => void link.end(target)}
        >
          {t('panel.end')}
        </button>
      </>
    );
  }

  return (
    <section className="card phones-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.heading')}</h2>
      <p>{t('panel.lead')}</p>
      <p className="muted">{t('panel.privacy')}</p>
      {body}
    </section>
  );
}

/** Joined, proposals waiting and votes cast: never what one phone sent. */
export function PhoneCounts({ className = 'phones-counts' }: { className?: string }) {
  const { t } = useTranslation('liveMeeting');
  const phones = useMeetingLiveLink((s) => s.phones);
  const waiting = useMeetingLiveLink((s) => s.inbox.length);
  const votes = useMeetingLiveLink((s) => s.votesCast);
  return (
    <p className={className} aria-live="polite">
      <span>{t('counts.phones', { count: phones })}</span>
      <span>{t('counts.waiting', { count: waiting })}</span>
      <span>{t('counts.votes', { count: votes })}</span>
    </p>
  );
}

function Inbox({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('liveMeeting');
  const headingId = useId();
  const inbox = useMeetingLiveLink((s) => s.inbox);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="phones-inbox" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('inbox.heading')}</h3>
      {inbox.length === 0 ? (
        <p className="muted">{t('inbox.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('inbox.lead')}</p>
          <ul className="phones-inbox-list">
            {inbox.map((proposal) => (
              <InboxItem
                key={proposal.key}
                meeting={meeting}
                proposal={proposal}
                onDone={(message) => setAnnouncement(message)}
              />
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function InboxItem({
  meeting,
  proposal,
  onDone,
}: {
  meeting: Meeting;
  proposal: PhoneProposal;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('liveMeeting');
  const { t: tc } = useTranslation();
  const selectId = useId();
  const all = useWorkspace((s) => s.proposals);
  const onBoard = useMemo(
    () => boardProposals(all, { teamId: meeting.teamId, meetingId: meeting.id }),
    [all, meeting.teamId, meeting.id],
  );
  const actions = useWorkspace.getState();
  const [into, setInto] = useState('');
  return (
    <li className="phones-inbox-item">
      <p className="phones-inbox-text">
        {proposal.text}
        {proposal.themeId ? <span className="muted"> · {tc(`themeNames.${proposal.themeId}`)}</span> : null}
      </p>
      <div className="phones-inbox-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            actions.acceptPhoneProposal(meeting.id, proposal);
            onDone(t('inbox.accepted'));
          }}
        >
          {t('inbox.accept')}
        </button>
        {onBoard.length > 0 ? (
          <span className="phones-merge">
            <label htmlFor={selectId}>{t('inbox.mergeLabel')}</label>
            <select id={selectId} value={into} onChange={(event) => setInto(event.target.value)}>
              <option value="">{t('inbox.mergeChoose')}</option>
              {onBoard.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.text}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={!into}
              onClick={() => {
                actions.mergePhoneProposal(meeting.id, proposal.key, into);
                onDone(t('inbox.merged'));
              }}
            >
              {t('inbox.merge')}
            </button>
          </span>
        ) : null}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            actions.hidePhoneProposal(meeting.id, proposal.key);
            onDone(t('inbox.hidden'));
          }}
        >
          {t('inbox.hide')}
        </button>
      </div>
    </li>
  );
}
