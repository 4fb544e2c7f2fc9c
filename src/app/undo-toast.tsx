import { lazy, Suspense } from 'react';
import { useUndo } from '@/state/undo-store';

const UndoOffer = lazy(() => import('./undo-offer').then((m) => ({ default: m.UndoOffer })));

/** The live region is there from the start, so screen readers announce an offer when it appears in it. */
export function UndoToast() {
  const offered = useUndo((state) => state.offer !== null);
  return (
    <div className="undo-region" role="status" aria-live="polite">
      {offered ? (
        <Suspense fallback={null}>
          <UndoOffer />
        </Suspense>
      ) : null}
    </div>
  );
}
