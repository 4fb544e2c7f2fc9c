import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Tells the user a new version is ready and lets them choose when to reload. It never reloads by
 * itself: a silent update mid-meeting would reset the screen the whole room is looking at.
 */
export function ReloadPrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="notice" role="status" aria-live="polite">
      <p>{t('pwa.updateReady')}</p>
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
          {t('pwa.reload')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setNeedRefresh(false)}>
          {t('pwa.later')}
        </button>
      </div>
    </div>
  );
}
