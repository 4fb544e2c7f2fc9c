import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '@/state/storage-status';

/** Tells the user, in their language, when saving fails; what is in memory stays. */
export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageStatus((state) => state.problem);
  const dismiss = useStorageStatus((state) => state.dismiss);
  if (!problem) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t(problem === 'full' ? 'storage.full' : 'storage.unavailable')}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
