import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '@/state/storage-status';

/** Tells the user, in their language, when saving fails; what is in memory stays. */
export function StorageNotice() {
  const { t } = useTranslation();
  const problem = useStorageStatus((state) => state.problem);
  const dismiss = useStorageStatus((state) => state.dismiss);
  if (!problem) return <RestoreNotice />;
  return (
    <>
      <div className="notice notice-warning" role="alert">
        <p>{t(problem === 'full' ? 'storage.full' : 'storage.unavailable')}</p>
        <button type="button" className="button button-secondary" onClick={dismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
      <RestoreNotice />
    </>
  );
}

/** Tells the user what could not be read at start-up, and that the original is kept. */
function RestoreNotice() {
  const { t } = useTranslation();
  const restoreProblem = useStorageStatus((state) => state.restoreProblem);
  const dismiss = useStorageStatus((state) => state.dismissRestore);
  if (!restoreProblem) return null;
  const message =
    restoreProblem.kind === 'salvaged'
      ? t('storage.salvaged', { count: restoreProblem.droppedRecords })
      : t(`storage.${restoreProblem.kind}`);
  return (
    <div className="notice notice-warning" role="alert">
      <p>{message}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
