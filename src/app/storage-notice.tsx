import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { clock } from '@/lib/clock';
import { downloadText } from '@/lib/download';
import { useStorageStatus, type RestoreProblem } from '@/state/storage-status';

/** Tells the user, in their language, when saving fails; what is in memory stays. */
export function StorageNotice() {
  const { t } = useTranslation('storage');
  const problem = useStorageStatus((state) => state.problem);
  const dismiss = useStorageStatus((state) => state.dismiss);
  return (
    <>
      {problem ? (
        <div className="notice notice-warning" role="alert">
          <p>{t(problem === 'full' ? 'full' : 'unavailable')}</p>
          <button type="button" className="button button-secondary" onClick={dismiss}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      <RestoreNotice />
      <ConflictNotice />
    </>
  );
}

/** A field's lost value as the user typed it; structured values (lists) as compact JSON. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

/** Shows what another tab typed into the same field at the same moment, so nothing is lost unseen. */
function ConflictNotice() {
  const { t } = useTranslation('storage');
  const conflicts = useStorageStatus((state) => state.conflicts);
  const dismiss = useStorageStatus((state) => state.dismissConflicts);
  if (conflicts.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('conflicts')}</p>
      <ul className="notice-conflicts">
        {conflicts.map((conflict, index) => (
          <li key={`${conflict.id}-${conflict.field}-${index}`}>{shownValue(conflict.lost)}</li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function restoreMessage(problem: RestoreProblem, t: TFunction): string {
  if (problem.kind === 'newerVersion') return t('newerVersion');
  const kept = problem.backupKey !== null;
  if (problem.kind === 'salvaged') {
    return t(kept ? 'salvaged' : 'salvagedNoCopy', { count: problem.droppedRecords });
  }
  return t(kept ? 'unreadable' : 'unreadableNoCopy');
}

/** The restore step's actions pull in the schema library, so they load only when used. */
const backupActions = () => import('@/state/workspace-backup');

/**
 * Tells the user what could not be read at start-up. Where the stored data exists nowhere else
 * (a newer version's, or a copy that did not fit), nothing is saved until the user has chosen:
 * download it, or go on (starting anew keeps a newer version's data as a copy).
 */
function RestoreNotice() {
  const { t } = useTranslation('storage');
  const restoreProblem = useStorageStatus((state) => state.restoreProblem);
  const savingHeld = useStorageStatus((state) => state.savingHeld);
  const dismiss = useStorageStatus((state) => state.dismissRestore);
  const [copyRefused, setCopyRefused] = useState(false);
  if (!restoreProblem) return null;

  async function download() {
    const { readStoredWorkspaceText } = await backupActions();
    const text = readStoredWorkspaceText();
    if (text !== null) downloadText(`servicetjek-data-${clock.now()}.json`, text);
  }

  async function goOn(keepCopy: boolean) {
    const { resumeAfterRestore } = await backupActions();
    if (!resumeAfterRestore(clock.now(), { keepCopy })) setCopyRefused(true);
  }

  const newer = restoreProblem.kind === 'newerVersion';
  return (
    <div className="notice notice-warning" role="alert">
      <p>{restoreMessage(restoreProblem, t)}</p>
      {savingHeld ? <p>{t('held')}</p> : null}
      {copyRefused ? <p>{t('copyRefused')}</p> : null}
      {savingHeld ? (
        <div className="notice-actions">
          <button type="button" className="button button-secondary" onClick={() => void download()}>
            {t('download')}
          </button>
          {newer && !copyRefused ? (
            <button type="button" className="button button-secondary" onClick={() => void goOn(true)}>
              {t('startAnew')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => void goOn(false)}>
              {t(newer ? 'startAnewWithoutCopy' : 'goOnWithoutCopy')}
            </button>
          )}
        </div>
      ) : (
        <button type="button" className="button button-secondary" onClick={dismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
