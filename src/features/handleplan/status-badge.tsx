import { useTranslation } from 'react-i18next';
import type { ExperimentStatus, StopState } from '@/domain/experiment-status';

/** The derived status as text in a calm badge; the word carries the meaning, colour only supports it. */
export function StatusBadge({ status }: { status: ExperimentStatus }) {
  const { t } = useTranslation('handleplan');
  return <span className={`hp-badge hp-status-${status}`}>{t(`status.${status}`)}</span>;
}

export function StopStateBadge({ state }: { state: StopState }) {
  const { t } = useTranslation('handleplan');
  if (state === 'upcoming') return null;
  return <span className={`hp-badge hp-stop-${state}`}>{t(`stopState.${state}`)}</span>;
}
