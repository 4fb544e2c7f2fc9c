import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '@/live/status';

/** The link's state in words; a lost or refused link is an alert, the rest is polite news. */
export function LiveStatusLine({ status }: { status: LiveStatus | null }) {
  const { t } = useTranslation('live');
  if (!status) return null;
  if (status.kind === 'offline' || status.kind === 'refused') {
    return (
      <p role="alert" className="notice notice-warning live-status">
        {status.kind === 'offline' ? t('status.offline') : t(`status.refused.${status.reason}`)}
      </p>
    );
  }
  return (
    <p className="muted live-status" aria-live="polite">
      {t(`status.${status.kind}`)}
    </p>
  );
}
