import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** Open the projector view in a second window that follows this one, or show it here. */
export function PresenterButtons({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetingRun');
  const [blocked, setBlocked] = useState(false);
  const path = `/moede/${meetingId}/praesentation`;
  const open = () => {
    const opened = window.open(
      `#${path}`,
      `servicetjek-presenter-${meetingId}`,
      'popup,width=1280,height=720',
    );
    setBlocked(opened === null);
    opened?.focus();
  };
  return (
    <div className="presenter-buttons">
      <button type="button" className="button button-secondary" onClick={open}>
        {t('presenter.openWindow')}
      </button>
      <Link href={path} className="button button-secondary">
        {t('presenter.openHere')}
      </Link>
      {blocked ? (
        <p className="notice notice-warning" role="alert">
          {t('presenter.windowBlocked')}
        </p>
      ) : null}
    </div>
  );
}
