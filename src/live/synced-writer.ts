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
  // One write at a time: sealing is asynchronous, and a value sealed later must never land before an
  // earlier one (the document would keep the older value, e.g. a closed board over an ended one).
  let queue: Promise<void> = Promise.resolve();
  const flush = () => {
    const run = queue.then(async () => {
      if (latest === null || !provider.isSynced) return;
      seq = nextSeq(seq, now());
      await writeSealed(doc, documentName, keys, key, { ...latest, seq });
    });
    queue = run.catch(() => {});
    return run;
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
