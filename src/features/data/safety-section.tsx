import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countRecords } from '@/domain/merge-workspace';
import { nowIso } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import {
  clearWorkspace,
  listUnreadableCopies,
  readAutomaticBackup,
  removeUnreadableCopy,
  restoreAutomaticBackup,
} from '@/state/workspace-backup';
import { useWorkspace } from '@/state/workspace-store';
import { formatDateTime } from '@/lib/dates';
import { downloadText } from '@/lib/download';

/** The automatic backup: made before data is replaced or deleted, restorable with one button. */
export function AutoBackupSection() {
  const { t, i18n } = useTranslation('data');
  const [message, setMessage] = useState<string | null>(null);
  // Re-read whenever the workspace changes, since a replace or delete writes a new automatic backup.
  useWorkspace((s) => s.teams);
  const backup = readAutomaticBackup();
  const restore = () => {
    if (restoreAutomaticBackup(nowIso())) setMessage(t('autoBackup.restored'));
  };
  return (
    <section className="card data-section" aria-labelledby="data-auto">
      <h2 id="data-auto">{t('autoBackup.title')}</h2>
      {backup ? (
        <>
          <p>
            {t('autoBackup.saved', {
              date: formatDateTime(backup.savedAt, i18n.language),
              count: countRecords(backup.workspace),
            })}
          </p>
          <button type="button" className="button button-secondary" onClick={restore}>
            {t('autoBackup.restore')}
          </button>
        </>
      ) : (
        <p>{t('autoBackup.none')}</p>
      )}
      <p role="status" className="data-status">
        {message}
      </p>
    </section>
  );
}

/** Raw copies of stored data that could not be read at start-up, to download and hand on. */
export function UnreadableSection() {
  const { t, i18n } = useTranslation('data');
  const [copies, setCopies] = useState(listUnreadableCopies);
  if (copies.length === 0) return null;
  return (
    <section className="card data-section" aria-labelledby="data-unreadable">
      <h2 id="data-unreadable">{t('unreadable.title')}</h2>
      <p>{t('unreadable.text')}</p>
      <ul className="data-teams">
        {copies.map((copy) => {
          const date = formatDateTime(copy.keptAt, i18n.language);
          return (
            <li key={copy.key} className="data-actions">
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => downloadText(`servicetjek-unreadable-${copy.keptAt}.json`, copy.text)}
              >
                {t('unreadable.download', { date })}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => {
                  removeUnreadableCopy(copy.key);
                  setCopies(listUnreadableCopies());
                }}
              >
                {t('unreadable.remove', { date })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "Slet alle data på denne enhed", behind a confirmation and with undo from the automatic backup. */
export function DeleteAllSection() {
  const { t } = useTranslation('data');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const open = () => {
    const element = dialog.current;
    if (!element) return;
    // jsdom and old browsers lack showModal; an open dialog still works there.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  };
  const close = () => {
    dialog.current?.close?.();
    dialog.current?.removeAttribute('open');
    opener.current?.focus();
  };
  const confirm = () => {
    close();
    if (!clearWorkspace(nowIso())) return;
    useUndo.getState().offerUndo(t('deleteAll.done'), () => restoreAutomaticBackup(nowIso()));
  };

  return (
    <section className="card data-section data-danger" aria-labelledby="data-delete">
      <h2 id="data-delete">{t('deleteAll.title')}</h2>
      <p>{t('deleteAll.text')}</p>
      <button ref={opener} type="button" className="button button-danger" onClick={open}>
        {t('deleteAll.button')}
      </button>
      <dialog
        ref={dialog}
        className="data-dialog"
        aria-labelledby="data-delete-confirm"
        onClose={() => opener.current?.focus()}
      >
        <h2 id="data-delete-confirm">{t('deleteAll.confirmTitle')}</h2>
        <p>{t('deleteAll.confirmText')}</p>
        <div className="data-actions">
          <button type="button" className="button button-danger" onClick={confirm}>
            {t('deleteAll.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('deleteAll.cancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
