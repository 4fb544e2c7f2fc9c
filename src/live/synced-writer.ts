import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { RoomKeys } from './room-keys';
import { nextSeq, writeSealed } from './sealed-values';

/**
 * Writes a device's latest value only once its document is in sync with the relay, and again after
 * every new sync. A value written into a fresh document before it has synced can lose to the copy
 * the relay still holds from before a reload (Yjs breaks ties by client id, not by time); written
 * after the sync it is causally newer and always wins. Each write takes a fresh `seq`.
 */
export interface SyncedWriter<T> {
  write(value: T): Promise<void>;
  destroy(): void;
}

export function syncedWriter<T extends object>(
  provider: HocuspocusProvider,
  doc: Y.Doc,
  documentName: string,
  keys: RoomKeys,
  key: string,
  now: () => number,
  firstSeq = 0,
): SyncedWriter<T> {
  let latest: T | null = null;
  let seq = firstSeq;
  const flush = async () => {
    if (latest === null || !provider.isSynced) return;
    seq = nextSeq(seq, now());
    await writeSealed(doc, documentName, keys, key, { ...latest, seq });
  };
  const onSynced = ({ state }: { state: boolean }) => {
    if (state) void flush();
  };
  provider.on('synced', onSynced);
  return {
    async write(value) {
      latest = value;
      await flush();
    },
    destroy() {
      provider.off('synced', onSynced);
    },
  };
}
