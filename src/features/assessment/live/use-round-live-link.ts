import { useEffect } from 'react';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { readRoomSecrets } from '@/state/live-room-secrets';
import { useLiveLink } from '@/state/live-link';
import type { LiveSetup } from '@/components/live/use-live-config';

/**
 * Keeps the round's room connected while a screen of the round is open and the round is live: after
 * a reload, or in the presenter window, the same room (and QR code) comes back by itself.
 */
export function useRoundLiveLink(round: AssessmentRound, setup: LiveSetup) {
  const connect = useLiveLink((s) => s.connect);
  const live = Boolean(round.livePhase);
  const hasKeys = live && readRoomSecrets(round.id) !== null;
  useEffect(() => {
    if (live && hasKeys && setup.kind === 'ready') void connect(round.id, setup.config);
  }, [connect, hasKeys, live, round.id, setup]);
  return { hasKeys };
}
