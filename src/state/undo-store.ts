import { create } from 'zustand';

/** A destructive action that can be taken back for a while ("Mødet er slettet. Fortryd"). */
export interface UndoOffer {
  id: number;
  /** Already translated message, e.g. t('meeting.deleted', { name }). */
  message: string;
  undo: () => void;
}

interface UndoState {
  offer: UndoOffer | null;
  /** Show an undo offer; a newer offer replaces an older one (the older deletion stays done). */
  offerUndo: (message: string, undo: () => void) => void;
  /** Run the undo of the current offer and clear it. */
  takeBack: () => void;
  dismiss: () => void;
}

let nextId = 1;

export const useUndo = create<UndoState>()((set, get) => ({
  offer: null,
  offerUndo: (message, undo) => set({ offer: { id: nextId++, message, undo } }),
  takeBack: () => {
    const offer = get().offer;
    if (!offer) return;
    offer.undo();
    set({ offer: null });
  },
  dismiss: () => set({ offer: null }),
}));
