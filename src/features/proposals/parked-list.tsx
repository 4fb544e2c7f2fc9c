import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parkedProposals, type BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

/** The team's parking lot: open proposals from other meetings or none, and handed-over ones; each can join this board. */
export function ParkedList({ scope }: { scope: BoardScope }) {
  const { t } = useTranslation('proposals');
  const { date: formatDate } = useDates();
  const proposals = useWorkspace((s) => s.proposals);
  const meetings = useWorkspace((s) => s.meetings);
  const handovers = useWorkspace((s) => s.handovers);
  const bringProposalsToBoard = useWorkspace((s) => s.bringProposalsToBoard);
  const [status, setStatus] = useState('');
  const { teamId, meetingId } = scope;
  const parked = useMemo(
    () => parkedProposals(proposals, { teamId, meetingId }),
    [proposals, teamId, meetingId],
  );

  function origin(p: (typeof parked)[number]) {
    if (p.status === 'handedOver') {
      const handover = handovers.find((h) => h.proposalIds.includes(p.id));
      if (handover)
        return t('parking.handedOver', { who: handover.who, date: formatDate(handover.followUpDate) });
    }
    const meeting = meetings.find((m) => m.id === p.meetingId);
    return meeting ? t('parking.fromMeeting', { date: formatDate(meeting.date) }) : t('parking.noMeeting');
  }

  return (
    <section className="parked" aria-labelledby="parked-heading">
      <h2 id="parked-heading">{t('parking.heading')}</h2>
      <p className="muted">{t('parking.hint')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {parked.length === 0 ? (
        <p>{t('parking.empty')}</p>
      ) : (
        <ul className="parked-list">
          {parked.map((p) => (
            <li key={p.id} className="card parked-item">
              <div>
                <p className="proposal-text">{p.text}</p>
                <p className="muted">
                  {origin(p)}
                  {p.themeId ? ` · ${t(`themeNames.${p.themeId}`, { ns: 'common' })}` : ''}
                </p>
              </div>
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t('parking.bringLabel', { text: p.text })}
                onClick={() => {
                  bringProposalsToBoard([p.id], scope);
                  setStatus(t('parking.brought', { text: p.text }));
                }}
              >
                {t('parking.bring')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
