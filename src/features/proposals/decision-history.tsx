import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardScope } from '@/domain/proposals';
import { useWorkspace } from '@/state/workspace-store';
import { useDates } from '@/components/use-dates';

/** What this board has already decided: proposals started as experiments and ones handed over. */
export function DecisionHistory({ scope }: { scope: BoardScope }) {
  const { t } = useTranslation('proposals');
  const { date: formatDate } = useDates();
  const proposals = useWorkspace((s) => s.proposals);
  const handovers = useWorkspace((s) => s.handovers);
  const { teamId, meetingId } = scope;
  const decided = useMemo(
    () => proposals.filter((p) => p.teamId === teamId && p.meetingId === meetingId && p.status !== 'open'),
    [proposals, teamId, meetingId],
  );
  if (decided.length === 0) return null;
  return (
    <section className="decision-history" aria-labelledby="decision-history">
      <h2 id="decision-history">{t('decide.history')}</h2>
      <ul className="card-stack">
        {decided.map((p) => {
          const handover = handovers.find((h) => h.proposalIds.includes(p.id));
          return (
            <li key={p.id} className="card decided-item">
              <p className="proposal-text">{p.text}</p>
              <p className="muted">
                {p.status === 'chosen' || !handover
                  ? t('decide.historyChosen')
                  : t('decide.historyHandedOver', {
                      who: handover.who,
                      date: formatDate(handover.followUpDate),
                    })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
