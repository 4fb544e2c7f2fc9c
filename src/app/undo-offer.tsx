import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndo } from '@/state/undo-store';

/** How long an undo offer stays on screen. Long enough to read and reach with the keyboard. */
const UNDO_VISIBLE_MS = 15_000;

/** The offer inside the undo region: loaded when the first one is made, so the first screen does not carry it. */
export function UndoOffer() {
  const { t } = useTranslation();
  const offer = useUndo((state) => state.offer);
  const takeBack = useUndo((state) => state.takeBack);
  const dismiss = useUndo((state) => state.dismiss);

  useEffect(() => {
    if (!offer) return;
    const timeout = window.setTimeout(dismiss, UNDO_VISIBLE_MS);
    return () => window.clearTimeout(timeout);
  }, [offer, dismiss]);

  if (!offer) return null;
  return (
    <div className="undo-toast">
      <span>{offer.message}</span>
      <button type="button" className="button button-small" onClick={takeBack}>
        {t('actions.undo')}
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={dismiss}
        aria-label={t('actions.close')}
      >
        ×
      </button>
    </div>
  );
}
